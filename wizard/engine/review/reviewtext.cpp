#include "review/reviewtext.h"
#include "review/reviewinfo.h"

#include "case/stepmodule.h"

namespace SniDoctor {

namespace {

QString reviewErrorId(int code)
{
    switch (ReviewError(code)) {
    case ReviewError::NotFound:
        return QStringLiteral("not_found");
    case ReviewError::Unreadable:
    case ReviewError::EntryUnreadable:
        return QStringLiteral("unreadable");
    case ReviewError::FileTooLarge:
        return QStringLiteral("file_too_large");
    case ReviewError::Canceled:
        return QStringLiteral("canceled");
    case ReviewError::AbsolutePath:
        return QStringLiteral("absolute_path");
    case ReviewError::ParentComponent:
        return QStringLiteral("parent_component");
    case ReviewError::LinkOutside:
        return QStringLiteral("link_outside");
    case ReviewError::SpecialEntry:
        return QStringLiteral("special_entry");
    case ReviewError::EntryTooLarge:
        return QStringLiteral("entry_too_large");
    case ReviewError::TotalTooLarge:
        return QStringLiteral("total_too_large");
    case ReviewError::RatioExceeded:
        return QStringLiteral("ratio_exceeded");
    case ReviewError::TooManyEntries:
        return QStringLiteral("too_many_entries");
    case ReviewError::ArchiveError:
        return QStringLiteral("archive_error");
    case ReviewError::ChecksumMismatch:
        return QStringLiteral("checksum_mismatch");
    case ReviewError::SizeMismatch:
        return QStringLiteral("size_mismatch");
    case ReviewError::MissingFromBundle:
        return QStringLiteral("missing_from_bundle");
    case ReviewError::NotInManifest:
        return QStringLiteral("not_in_manifest");
    case ReviewError::NestedArchive:
        return QStringLiteral("nested_archive");
    case ReviewError::DuplicateEntry:
        return QStringLiteral("duplicate_entry");
    }
    return QStringLiteral("review_error");
}

QString reviewErrorMessage(const Error &error)
{
    const Args &a = error.args();
    const QString where = a.value("entry").isEmpty()
                              ? a.value("origin")
                              : QStringLiteral("%1: %2").arg(a.value("origin"), a.value("entry"));
    const QString detail = a.value("detail");
    switch (ReviewError(error.code())) {
    case ReviewError::NotFound:
        return ReviewText::tr("%1 does not exist.").arg(a.value("file"));
    case ReviewError::Unreadable:
        return ReviewText::tr("Cannot read %1: %2").arg(a.value("file"), a.value("reason"));
    case ReviewError::FileTooLarge:
        return ReviewText::tr("%1 is larger than %2 MiB: not read.")
            .arg(a.value("file"), a.value("limit"));
    case ReviewError::Canceled:
        return ReviewText::tr("Canceled: nothing was reviewed.");
    case ReviewError::AbsolutePath:
        return ReviewText::tr("%1: refused: an absolute path could write anywhere on the disk.")
            .arg(where);
    case ReviewError::ParentComponent:
        return ReviewText::tr("%1: refused: a \"..\" in the path leaves the review folder.")
            .arg(where);
    case ReviewError::LinkOutside:
        return ReviewText::tr("%1: refused: a link to %2, outside the archive.").arg(where, detail);
    case ReviewError::SpecialEntry:
        return ReviewText::tr("%1: refused: not a file (a device, a FIFO or a socket).").arg(where);
    case ReviewError::EntryTooLarge:
        return ReviewText::tr("%1: refused: it unpacks to more than %2 MiB.").arg(where, detail);
    case ReviewError::TotalTooLarge:
        return ReviewText::tr("%1: refused with the rest of the archive: all together it unpacks "
                              "to more than %2 MiB.")
            .arg(where, detail);
    case ReviewError::RatioExceeded:
        return ReviewText::tr(
                   "%1: refused with the rest of the archive: it unpacks to more than %2 times the "
                   "archive's size (a decompression bomb?).")
            .arg(where, detail);
    case ReviewError::TooManyEntries:
        return ReviewText::tr("%1: refused from this entry on: more than %2 entries.")
            .arg(where, detail);
    case ReviewError::ArchiveError:
        return ReviewText::tr("%1: the archive is damaged: %2. What came before was kept.")
            .arg(where, detail);
    case ReviewError::EntryUnreadable:
        return ReviewText::tr("%1: cannot be read: %2").arg(where, detail);
    case ReviewError::ChecksumMismatch:
        return ReviewText::tr("%1: its SHA-256 is not the one in manifest.json: the bundle was "
                              "changed or damaged after it was made.")
            .arg(where);
    case ReviewError::SizeMismatch:
        return ReviewText::tr("%1: its size is not the one in manifest.json (%2 bytes): the bundle "
                              "was changed or damaged after it was made.")
            .arg(where, detail);
    case ReviewError::MissingFromBundle:
        return ReviewText::tr("%1: listed in manifest.json but missing from the bundle.")
            .arg(where);
    case ReviewError::NotInManifest:
        return ReviewText::tr("%1: not listed in manifest.json: added after the bundle was made.")
            .arg(where);
    case ReviewError::NestedArchive:
        return ReviewText::tr("%1: an archive inside an archive is not opened; open it on its own.")
            .arg(where);
    case ReviewError::DuplicateEntry:
        return ReviewText::tr("%1: the archive holds two entries of this name, which no bundle "
                              "of this tool does: it was tampered with, and nothing of it is "
                              "used.")
            .arg(where);
    }
    return where;
}

} // namespace

const ErrorDomain &errorDomain(ReviewError)
{
    static const ErrorDomain domain{"review", reviewErrorId, reviewErrorMessage,
                                    int(ReviewError::Canceled)};
    return domain;
}

QString reviewKindId(const ReviewedFile &file)
{
    switch (file.kind) {
    case ReviewKind::StepInput:
        return file.step ? stepModule(*file.step).inputKindId() : QStringLiteral("unrecognised");
    case ReviewKind::StepResult:
        return file.step ? stepId(*file.step) + QStringLiteral("_result")
                         : QStringLiteral("unrecognised");
    case ReviewKind::DiagnoseResult:
        return QStringLiteral("diagnose_result");
    case ReviewKind::Verdict:
        return QStringLiteral("verdict");
    case ReviewKind::Session:
        return QStringLiteral("session");
    case ReviewKind::Manifest:
        return QStringLiteral("manifest");
    case ReviewKind::Redactions:
        return QStringLiteral("redactions");
    case ReviewKind::Kubeconfig:
        return QStringLiteral("kubeconfig");
    case ReviewKind::Certificate:
        return QStringLiteral("certificate");
    case ReviewKind::PrivateKey:
        return QStringLiteral("private_key");
    case ReviewKind::Remediation:
        return QStringLiteral("remediation");
    case ReviewKind::RouteDescription:
        return QStringLiteral("route_description");
    case ReviewKind::KubectlTable:
        return QStringLiteral("kubectl_table");
    case ReviewKind::Notes:
        return QStringLiteral("notes");
    case ReviewKind::Report:
        return QStringLiteral("report");
    case ReviewKind::EnvironmentGroups:
        return QStringLiteral("environment_groups");
    case ReviewKind::Empty:
        return QStringLiteral("empty");
    case ReviewKind::Unrecognised:
        break;
    }
    return QStringLiteral("unrecognised");
}

QString reviewUseText(const ReviewedFile &file)
{
    if (file.step)
        return stepLabel(*file.step);
    if (file.kind == ReviewKind::Notes)
        return ReviewText::tr("the notes");
    if (file.kind == ReviewKind::EnvironmentGroups)
        return ReviewText::tr("the environment groups");
    return ReviewText::tr("every step");
}

QString reviewKindText(const ReviewedFile &file)
{
    const Args &detail = file.detail;
    switch (file.kind) {
    case ReviewKind::StepInput:
        if (file.step)
            return stepModule(*file.step).inputKindText(detail);
        break;
    case ReviewKind::StepResult:
        if (file.step)
            return stepModule(*file.step).resultKindText();
        break;
    case ReviewKind::DiagnoseResult:
        return ReviewText::tr("SNI Doctor diagnosis (diagnose --json): %1")
            .arg(detail.value("root_cause"));
    case ReviewKind::Verdict:
        return ReviewText::tr("SNI Doctor verdict as exported: %1").arg(detail.value("root_cause"));
    case ReviewKind::Session:
        return ReviewText::tr("Saved SNI Doctor session");
    case ReviewKind::Manifest:
        return ReviewText::tr("Bundle manifest (sizes and SHA-256 of every file)");
    case ReviewKind::Redactions:
        return ReviewText::tr("List of redactions: %n secret(s) removed", nullptr,
                              int(detail.number("count")));
    case ReviewKind::Kubeconfig:
        return detail.value("plugins").isEmpty()
                   ? ReviewText::tr("kubeconfig: never used to connect in review")
                   : ReviewText::tr("kubeconfig: never used to connect in review; its exec "
                                    "plugin (%1) is not run")
                         .arg(detail.value("plugins"));
    case ReviewKind::Certificate:
        return ReviewText::tr("PEM certificate: %1, valid until %2")
            .arg(detail.value("subject"), detail.value("until"));
    case ReviewKind::PrivateKey:
        return ReviewText::tr(
            "Private key: not read and not shown (it should not have been collected)");
    case ReviewKind::Remediation:
        return ReviewText::tr("Fix made by SNI Doctor (not evidence)");
    case ReviewKind::RouteDescription:
        return ReviewText::tr("Description of route %1").arg(detail.value("route"));
    case ReviewKind::KubectlTable:
        return ReviewText::tr("kubectl table");
    case ReviewKind::Notes:
        return ReviewText::tr("Notes for support");
    case ReviewKind::Report:
        return ReviewText::tr("Report");
    case ReviewKind::EnvironmentGroups:
        return ReviewText::tr("Environment groups");
    case ReviewKind::Empty:
        return ReviewText::tr("Empty file");
    case ReviewKind::Unrecognised:
        if (detail.contains("compressed"))
            return ReviewText::tr("Not recognised (a compressed file that is not an access log)");
        if (detail.contains("yaml_too_complex"))
            return ReviewText::tr("Not read: YAML nested more than 64 deep or whose aliases "
                                  "expand to more than 8,000,000 values");
        break;
    }
    return ReviewText::tr("Not recognised");
}

} // namespace SniDoctor
