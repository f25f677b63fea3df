// ChoiceListDialog: pick any number of things the engine actually has (Docker's containers,
// Discord's channels) instead of typing their names and ids. A search box filters the list;
// already configured entries are shown, ticked and disabled, so the list reads as complete.
#pragma once

#include <QDialog>
#include <QVariant>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace mechdock::ui {

class ChoiceListDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceListDialog)
public:
    struct Choice {
        QString text;
        QString detail; // tooltip
        QVariant value;
        bool alreadyChosen = false; // configured before: ticked, not selectable
    };

    ChoiceListDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    void setChoices(const QList<Choice> &choices);
    // Shown under the list (e.g. a server whose channels could not be read).
    void setProblems(const QStringList &problems);
    QList<QVariant> chosenValues() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *searchBox() const { return m_search; }

private:
    void updateButtons();

    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace mechdock::ui
