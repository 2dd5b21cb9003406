#pragma once

#include "common/Error.h"

#include <QDate>

namespace sharewise {

class Database;

// The figures the home screen shows beside its actions.
struct HomeCounts
{
    int pendingReviews = 0;         // shares waiting for IG review
    int agreementsDueForReview = 0; // active agreements whose review date is today or past
    int outputsOverdue = 0;         // promised outputs past their due date, not returned

    static Result<HomeCounts> read(Database& db, const QDate& today);
};

} // namespace sharewise
