#pragma once

#include <QLayout>
#include <QList>

namespace sharewise::ui {

// Lays its items out left to right and starts a new line when the next one would not
// fit, like words in a paragraph. For rows of settings whose length depends on the
// language and the scale: they wrap instead of making the window scroll sideways.
// A height-for-width layout: its height follows the width it is given.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    [[nodiscard]] int count() const override;
    [[nodiscard]] QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    [[nodiscard]] Qt::Orientations expandingDirections() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize minimumSize() const override;
    [[nodiscard]] QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in `rect` (or only measures, when `apply` is false); returns the
    // height used.
    int arrange(const QRect& rect, bool apply) const;
    [[nodiscard]] int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem*> m_items;
};

} // namespace sharewise::ui
