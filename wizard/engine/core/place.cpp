#include "place.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace SniDoctor {

Place Place::inFile(const QString &file, int line, int column)
{
    Place place;
    place.kind = Kind::File;
    place.file = file;
    place.line = line;
    place.column = column;
    return place;
}

Place Place::atFrame(const QString &file, qint64 frame)
{
    Place place;
    place.kind = Kind::Frame;
    place.file = file;
    place.frame = frame;
    return place;
}

Place Place::inFiles(const QStringList &files)
{
    Place place;
    place.kind = Kind::Files;
    place.files = files;
    return place;
}

Place Place::cluster()
{
    Place place;
    place.kind = Kind::Cluster;
    return place;
}

Place Place::atEndpoint(const QString &endpoint, const QString &address)
{
    Place place;
    place.kind = Kind::Endpoint;
    place.endpoint = endpoint;
    place.address = address;
    return place;
}

QString placeText(const Place &place)
{
    const QString name = QFileInfo(place.file).fileName();
    switch (place.kind) {
    case Place::Kind::None:
        return {};
    case Place::Kind::File:
        if (place.line <= 0)
            return name;
        if (place.column <= 0)
            return QStringLiteral("%1:%2").arg(name).arg(place.line);
        return QStringLiteral("%1:%2:%3").arg(name).arg(place.line).arg(place.column);
    case Place::Kind::Frame:
        return QStringLiteral("%1, frame %2").arg(name).arg(place.frame);
    case Place::Kind::Files:
        return place.files.join(QStringLiteral(", "));
    case Place::Kind::Cluster:
        return QCoreApplication::translate("SniDoctor::DiagnosisText", "the cluster");
    case Place::Kind::Endpoint:
        return place.address.isEmpty()
                   ? place.endpoint
                   : QStringLiteral("%1 (%2)").arg(place.endpoint, place.address);
    }
    return {};
}

} // namespace SniDoctor
