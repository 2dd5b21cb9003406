#pragma once

#include <QString>

class QWidget;

namespace sharewise::ui::WidgetRenderer {

// Renders a widget (shown offscreen if it is not visible) to a PNG file, for review of
// what a screen looks like. Returns false when the file cannot be written.
bool renderToPng(QWidget* widget, const QString& fileName);

} // namespace sharewise::ui::WidgetRenderer
