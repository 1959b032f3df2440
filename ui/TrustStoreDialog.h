// Settings → Trust Store…: what Granska trusts when it validates signatures. Lists the imported
// certificates (trust anchors) and trusted lists with their services; imports and removes them;
// chooses whether the system's certificate authorities count too. Changes are stored at once in
// TrustSettings; the window re-reads them when the dialog closes.
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace granska {

class TrustSettings;
class TrustStoreModel;

class TrustStoreDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrustStoreDialog(TrustSettings *settings, QWidget *parent = nullptr);

    // True once anything was imported, removed or switched while the dialog was open.
    bool trustChanged() const { return m_changed; }

    TrustStoreModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QCheckBox *systemStoreCheckBox() const { return m_systemStore; }
    QPushButton *removeButton() const { return m_removeButton; }

    // Imports without asking for a file (the buttons ask, then call this); false with a message
    // box when the file is not a certificate or trusted list. Used by tests too.
    bool importPath(const QString &path);
    // Removes the store file of the selected item after asking; `confirm` false skips the question.
    bool removeSelected(bool confirm = true);

    // Asks whether the documents in the window should be assessed again with the new trust.
    static bool askToReassess(QWidget *parent, int documentCount);

public Q_SLOTS:
    void importCertificate();
    void importTrustedList();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showSelection();
    void retranslateUi();
    QString selectionDetailsHtml() const;

    TrustSettings *m_settings;
    TrustStoreModel *m_model = nullptr;
    bool m_changed = false;
    QLabel *m_intro = nullptr;
    QTreeView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_importCertificateButton = nullptr;
    QPushButton *m_importListButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QCheckBox *m_systemStore = nullptr;
    QLabel *m_location = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace granska
