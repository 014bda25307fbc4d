#pragma once

#include <QList>
#include <QObject>
#include <QtGlobal>

namespace shotbook::test {

// The one descendant of `parent` of type T whose objectName is `name`: tests
// reach widgets by name, not through getters added for them. A widget that
// is missing, or there twice, stops the test here with a message saying so.
template <typename T>
T *child(const QObject &parent, const char *name)
{
    const QList<T *> found = parent.findChildren<T *>(QLatin1String(name));
    if (found.size() != 1)
        qFatal("%s has %lld %s named \"%s\" (a test needs exactly one)",
               parent.metaObject()->className(), static_cast<long long>(found.size()),
               T::staticMetaObject.className(), name);
    return found.first();
}

} // namespace shotbook::test
