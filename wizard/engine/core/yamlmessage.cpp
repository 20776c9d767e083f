#include "yamlmessage.h"

#include <QCoreApplication>

#include <array>

namespace SniDoctor {

namespace {

struct Known
{
    const char *english; // yaml-cpp's ErrorMsg text (a prefix for those with a detail)
    const char *source;  // ours, translatable
};

// yaml-cpp 0.7's ErrorMsg constants (yaml-cpp/exceptions.h).
constexpr std::array kKnown{
    Known{"YAML directives must have exactly one argument",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a YAML directive must have exactly one argument")},
    Known{"bad YAML version: ", QT_TRANSLATE_NOOP("SniDoctor::Yaml", "bad YAML version: ")},
    Known{"YAML major version too large",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "the YAML major version is too large")},
    Known{"repeated YAML directive",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "the YAML directive is repeated")},
    Known{"TAG directives must have exactly two arguments",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a TAG directive must have exactly two arguments")},
    Known{"repeated TAG directive",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "the TAG directive is repeated")},
    Known{"illegal character found while scanning tag handle",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "illegal character in a tag handle")},
    Known{"tag handle with no suffix",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a tag handle has no suffix")},
    Known{"end of verbatim tag not found",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a verbatim tag is not closed")},
    Known{"end of map flow not found",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a { ... } map is not closed")},
    Known{"end of map not found",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "the end of a map was not found (indentation?)")},
    Known{"end of sequence flow not found",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a [ ... ] list is not closed")},
    Known{"end of sequence not found",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "the end of a list was not found (indentation?)")},
    Known{"cannot assign multiple tags to the same node",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "one value has several tags")},
    Known{"cannot assign multiple anchors to the same node",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "one value has several anchors")},
    Known{"cannot assign multiple aliases to the same node",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "one value has several aliases")},
    Known{"aliases can't have any content, *including* tags",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "an alias (*name) cannot have content or a tag")},
    Known{"bad character found while scanning hex number",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "bad character in a hexadecimal escape")},
    Known{"invalid unicode: ", QT_TRANSLATE_NOOP("SniDoctor::Yaml", "invalid Unicode character: ")},
    Known{"unknown escape character: ",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "unknown backslash escape: ")},
    Known{"unknown token", QT_TRANSLATE_NOOP("SniDoctor::Yaml", "unexpected text")},
    Known{"illegal document indicator in scalar",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a document marker (--- or ...) inside a value")},
    Known{"illegal EOF in scalar",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "the file ends inside a quoted value")},
    Known{"illegal character in scalar",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "illegal character in a value")},
    Known{"illegal tab when looking for indentation",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a tab used for indentation")},
    Known{"illegal flow end", QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a ] or } that closes nothing")},
    Known{"illegal block entry",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a list entry (-) where none can go")},
    Known{"illegal map key", QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a key where none can go")},
    Known{"illegal map value", QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a value where none can go")},
    Known{"alias not found after *", QT_TRANSLATE_NOOP("SniDoctor::Yaml", "no name after *")},
    Known{"anchor not found after &", QT_TRANSLATE_NOOP("SniDoctor::Yaml", "no name after &")},
    Known{"illegal character found while scanning alias",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "illegal character in an alias name")},
    Known{"illegal character found while scanning anchor",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "illegal character in an anchor name")},
    Known{"cannot set zero indentation for a block scalar",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a block text (| or >) with zero indentation")},
    Known{"unexpected character in block scalar",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "unexpected character in a block text (| or >)")},
    Known{"cannot assign the same alias to multiple nodes",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "the same anchor name is used twice")},
    Known{"the referenced anchor is not defined",
          QT_TRANSLATE_NOOP("SniDoctor::Yaml", "the alias refers to no anchor above it")},
    Known{"invalid scalar", QT_TRANSLATE_NOOP("SniDoctor::Yaml", "invalid value")},
    Known{"key not found", QT_TRANSLATE_NOOP("SniDoctor::Yaml", "key not found")},
    Known{"bad conversion", QT_TRANSLATE_NOOP("SniDoctor::Yaml", "a value of the wrong type")},
};

} // namespace

QString yamlMessageText(const QString &message)
{
    for (const Known &known : kKnown) {
        const QLatin1String english(known.english);
        if (message == english ||
            (english.endsWith(QLatin1Char(' ')) && message.startsWith(english)))
            return QCoreApplication::translate("SniDoctor::Yaml", known.source) +
                   message.mid(english.size());
    }
    // Messages with their own wording: map keys / block sequences / documents.
    if (message.startsWith(QLatin1String("block sequence entries are not allowed")))
        return QCoreApplication::translate("SniDoctor::Yaml",
                                           "a list entry (-) is not allowed here");
    if (message.startsWith(QLatin1String("map keys are not allowed")))
        return QCoreApplication::translate("SniDoctor::Yaml", "a key is not allowed here");
    return message;
}

} // namespace SniDoctor
