// SettingsSchema: the one description of every scalar setting (JSON path, range, environment
// names, default taken from Settings{}). JSON reading, validation, environment overrides and the
// settings page all work from it, so a new setting is declared once.
#pragma once

#include "settings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mechdock::config {

struct IntField {
    QString path;
    const char *label = ""; // QT_TRANSLATE_NOOP in context "mechdock::config::SettingsSchema"
    int min = 0;
    int max = 0;
    QStringList environment;     // names users of the Python system already set
    double environmentScale = 1; // DDC_RATE_LIMIT_DELAY is seconds; the setting is ms
    std::function<int &(Settings &)> ref;
};

struct BoolField {
    QString path;
    const char *label = "";
    QStringList environment;
    std::function<bool &(Settings &)> ref;
};

struct StringField {
    QString path;
    const char *label = "";
    QStringList environment;
    std::function<QString &(Settings &)> ref;
};

class SettingsSchema {
public:
    static const SettingsSchema &instance();

    const QList<IntField> &intFields() const { return m_ints; }
    const QList<BoolField> &boolFields() const { return m_bools; }
    const QList<StringField> &stringFields() const { return m_strings; }
    const IntField *intField(const QString &path) const;
    // The translated label of a setting for forms.
    static QString label(const char *text);

private:
    SettingsSchema();
    QList<IntField> m_ints;
    QList<BoolField> m_bools;
    QList<StringField> m_strings;
};

} // namespace mechdock::config
