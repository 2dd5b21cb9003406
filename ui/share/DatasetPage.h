#pragma once

#include "share/ShareDraft.h"

#include "widgets/WhyAsked.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace sharewise::ui {

class DatasetScanRunner;
class ErrorSummary;
class PreviewModel;
class ProfileModel;

// Share wizard, step 2: choose the file (dialog or drag and drop), see its first rows
// at once, see and change how it was read (encoding, delimiter, sheet, header row), and
// see each column's profile with the personal identifiers found, highlighted, with the
// reason. The whole-file scan runs on a pool thread with a progress bar and Cancel;
// Next is enabled once it has finished.
class DatasetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DatasetPage(ShareDraft& draft, QWidget* parent = nullptr);
    ~DatasetPage() override;

    // Opens `path` as if chosen in the file dialog.
    void openFile(const QString& path);
    // Opens `path` read with `options` (a resumed draft: the encoding, delimiter, sheet
    // and header row chosen before).
    void openFile(const QString& path, const table::TableOptions& options);
    bool isComplete() const override;

    // For tests and screenshots.
    QPushButton* chooseButton() const { return m_choose; }
    QComboBox* encodingBox() const { return m_encoding; }
    QComboBox* delimiterBox() const { return m_delimiter; }
    QComboBox* sheetBox() const { return m_sheet; }
    QSpinBox* headerRowBox() const { return m_headerRow; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* readAsLabel() const { return m_readAs; }
    QLabel* columnDetailsLabel() const { return m_details; }
    QTableView* previewView() const { return m_previewView; }
    QTableView* columnsView() const { return m_columnsView; }
    QTabWidget* tabs() const { return m_tabs; }
    ErrorSummary* errorSummary() const { return m_errors; }
    PreviewModel* previewModel() const { return m_preview; }
    ProfileModel* profileModel() const { return m_profile; }
    [[nodiscard]] bool isScanning() const;

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslateUi();
    void chooseFile();
    void startScan();
    void optionsChanged();
    void scanOpened(const table::DatasetInfo& info,
                    std::shared_ptr<const table::RowBlock> firstRows,
                    std::shared_ptr<const table::RowBlock> preview);
    void scanProgress(int percent);
    void scanFinished(std::shared_ptr<const dataset::ScanResult> result);
    void scanFailed(const Error& error);
    void cancelScan();
    [[nodiscard]] QString cancelledText() const;
    void showReadAs();
    void showSummary();
    void showColumnDetails();
    void setScanning(bool scanning);
    void fillSheets();
    void showSections();

    ShareDraft& m_draft;
    DatasetScanRunner* m_runner;
    std::optional<table::DatasetInfo> m_info;
    QString m_statusText;
    bool m_cancelled = false;
    bool m_updating = false;

    QLabel* m_intro;
    WhyAsked m_whyAsked;
    QLabel* m_fileLabel;
    QLineEdit* m_file;
    QPushButton* m_choose;
    ErrorSummary* m_errors;
    QLabel* m_readAsTitle;
    QLabel* m_readAs;
    QLabel* m_encodingLabel;
    QComboBox* m_encoding;
    QLabel* m_delimiterLabel;
    QComboBox* m_delimiter;
    QLabel* m_sheetLabel;
    QComboBox* m_sheet;
    QLabel* m_headerRowLabel;
    QSpinBox* m_headerRow;
    QTimer* m_headerRowDelay;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QTableView* m_previewView;
    PreviewModel* m_preview;
    QTableView* m_columnsView;
    ProfileModel* m_profile;
    QLabel* m_details;
    QLabel* m_dropHint;
};

} // namespace sharewise::ui
