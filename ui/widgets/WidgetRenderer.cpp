#include "widgets/WidgetRenderer.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLayout>
#include <QPixmap>
#include <QWidget>

namespace sharewise::ui::WidgetRenderer {

bool renderToPng(QWidget* widget, const QString& fileName)
{
    if (!widget)
        return false;
    if (!widget->isVisible())
        widget->show();
    widget->ensurePolished();
    if (QLayout* layout = widget->layout())
        layout->activate();
    // Windows get the size they would open at, with wrapped text given its height.
    if (widget->isWindow() && !widget->testAttribute(Qt::WA_Resized))
        widget->adjustSize();
    QApplication::processEvents();
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    return widget->grab().save(fileName, "PNG");
}

} // namespace sharewise::ui::WidgetRenderer
