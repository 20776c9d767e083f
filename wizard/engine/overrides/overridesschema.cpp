#include "overridescheck.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace SniDoctor::OverridesCheck {

namespace {

// The Levenshtein distance (case-insensitive), for "did you mean".
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1), current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        const QChar left = a[i - 1].toLower();
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j) - 1] + (left == b[j - 1].toLower() ? 0 : 1);
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j) - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

} // namespace

QString closest(const QString &key, const QStringList &known)
{
    if (key.size() > 64)
        return {}; // no key is that long: nothing to suggest
    QString best;
    int bestDistance = std::max(2, int(key.size()) / 4) + 1;
    for (const QString &candidate : known) {
        if (std::abs(int(candidate.size()) - int(key.size())) >= bestDistance)
            continue; // the length difference alone is too far
        const int distance = editDistance(key, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace SniDoctor::OverridesCheck
