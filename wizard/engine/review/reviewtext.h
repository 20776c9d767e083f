#pragma once

#include <QCoreApplication>

namespace SniDoctor {

// The words of offline review (collection, recognition, session files).
class ReviewText final
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::ReviewText)
};

} // namespace SniDoctor
