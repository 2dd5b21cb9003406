#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace sharewise::ui {

// Runs `work` on a pool thread and gives its result to `done` on the GUI thread, unless
// `context` has been destroyed by then (a closed dialog is never called back). For
// work that would freeze the window: opening or writing an identity file runs Argon2id,
// about a second and up to 1 GiB of memory. The answer is posted through the
// application object, which outlives every window, and checked on the GUI thread.
template <typename R>
void runInBackground(QObject* context, std::function<R()> work, std::function<void(R)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start(
        [guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<R>(work());
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, result, done] {
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
}

} // namespace sharewise::ui
