// The reference for scripts/bench-startup: the least a Qt Widgets program
// does to show a window (a QApplication and a QLabel), built with the same
// flags as limber and timed the same way.
#include <QApplication>
#include <QLabel>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Limber"));
    label.resize(1200, 760);
    label.show();
    return QApplication::exec();
}
