#include "widgets/PracticeBanner.h"

#include "widgets/WrapLabel.h"

#include <QEvent>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace sharewise::ui {

PracticeBanner::PracticeBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new WrapLabel(this))
{
    setObjectName(QStringLiteral("practiceBanner"));
    setFrameShape(QFrame::Box);
    // A thick border in the GOV.UK warning colour, with the words and icon inside.
    setStyleSheet(QStringLiteral("#practiceBanner { border: 3px solid #f47738; }"));
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_icon->setAccessibleName(QString());
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignLeft);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch();
    setAccessibleName(QString());
    // Beside the wizard's pages: wide enough for a few words a line, not a column of one.
    setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    setMaximumWidth(fontMetrics().averageCharWidth() * 34);
    retranslateUi();
}

void PracticeBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void PracticeBanner::retranslateUi()
{
    m_title->setText(tr("Practice: nothing here is real"));
    m_text->setText(tr("The agreement, the recipient and the file are made up, and what you do "
                       "is kept in a practice history of its own, never in your real one. "
                       "Practice bundles cannot be opened by anyone: do not send them."));
    setAccessibleDescription(m_title->text() + QLatin1Char(' ') + m_text->text());
}

} // namespace sharewise::ui
