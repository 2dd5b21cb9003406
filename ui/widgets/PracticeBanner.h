#pragma once

#include <QFrame>

class QLabel;

namespace sharewise::ui {

// "Practice": the strip every screen of the practice shows, so that nobody takes
// the sample agreement, recipient or bundle for real ones. An icon and words, not a
// colour alone.
class PracticeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit PracticeBanner(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
};

} // namespace sharewise::ui
