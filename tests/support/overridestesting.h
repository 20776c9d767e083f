// Helpers the overrides.yaml tests share: a diagnostic by code, and a file written
// (its folders made) for the certificate and layout tests.
#pragma once

#include "overrides/overridesvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

namespace OverridesTesting {

inline const SniDoctor::OverridesDiagnostic *find(const SniDoctor::OverridesReport &report,
                                                  const QString &code)
{
    for (const SniDoctor::OverridesDiagnostic &diagnostic : report.diagnostics) {
        if (diagnostic.code == code)
            return &diagnostic;
    }
    return nullptr;
}

inline void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

} // namespace OverridesTesting
