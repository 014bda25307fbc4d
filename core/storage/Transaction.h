#pragma once

#include "common/Error.h"

#include <QSqlDatabase>

namespace shotbook {

// One user action = one transaction: commit() writes it all; leaving the scope
// without commit() rolls everything back.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    // Fails when the transaction could not be started (e.g. locked past the
    // busy timeout); check it before writing.
    Status begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace shotbook
