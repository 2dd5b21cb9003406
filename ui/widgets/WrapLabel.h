#pragma once

#include <QLabel>

namespace sharewise::ui {

// A word-wrapped label whose minimum height is the height its text needs at its
// current width. Qt's windows do not apply height-for-width to their own size, so a
// plain wrapped QLabel can be clipped when its text runs long (Welsh, 200% scale).
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace sharewise::ui
