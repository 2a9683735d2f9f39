#include "common/filemanager.h"

#include <QDesktopServices>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <QUrl>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace limber {

void openInFileManager(const QString& folder, QObject* context,
                       std::function<void(bool opened)> done) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Unparented: a file manager that xdg-open runs in its own place is not
    // killed with the window. Deleted once it has finished.
    auto* process = new QProcess;
    auto told = std::make_shared<bool>(false);
    const auto tell = [told, done, guard = QPointer<QObject>(context)](bool opened) {
        if (*told || !guard)
            return;
        *told = true;
        done(opened);
    };
    QObject::connect(process, &QProcess::finished, process,
                     [process, tell](int code, QProcess::ExitStatus status) {
                         tell(status == QProcess::NormalExit && code == 0);
                         process->deleteLater();
                     });
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [process, tell](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart)
                             return;
                         tell(false);
                         process->deleteLater();
                     });
    QTimer::singleShot(5s, process, [tell] { tell(true); });
    process->start(u"xdg-open"_s, {folder});
#else
    const bool opened = QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    QTimer::singleShot(0, context, [done, opened] { done(opened); });
#endif
}

} // namespace limber
