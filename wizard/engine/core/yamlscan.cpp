#include "core/yamlscan.h"

namespace SniDoctor {

std::pair<int, int> closingQuote(const QStringList &lines, int row, int column, int maxRows)
{
    if (row < 0 || row >= lines.size() || column < 0 || column >= lines.at(row).size())
        return {-1, -1};
    const QChar quote = lines.at(row).at(column);
    if (quote != QLatin1Char('"') && quote != QLatin1Char('\''))
        return {-1, -1};
    YamlLineScanner scanner;
    scanner.setOpenQuote(quote);
    const int last = maxRows < 0 ? int(lines.size()) : std::min(int(lines.size()), row + maxRows);
    for (int at = row; at < last; ++at) {
        const int close = scanner.skipQuoted(lines.at(at), at == row ? column + 1 : 0);
        if (close >= 0)
            return {at, close};
    }
    return {-1, -1};
}

} // namespace SniDoctor
