#include "choicelistdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mechdock::ui {

namespace {
constexpr int ValueRole = Qt::UserRole + 1;
}

ChoiceListDialog::ChoiceListDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(title);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_list->setUniformItemSizes(true);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c53030;"));
    m_problems->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(460, 420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &ChoiceListDialog::updateButtons);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    updateButtons();
}

void ChoiceListDialog::setChoices(const QList<Choice> &choices) {
    m_list->clear();
    for (const Choice &c : choices) {
        auto *item = new QListWidgetItem(c.text, m_list);
        item->setToolTip(c.alreadyChosen ? tr("Already in the settings") : c.detail);
        item->setData(ValueRole, c.value);
        item->setCheckState(c.alreadyChosen ? Qt::Checked : Qt::Unchecked);
        item->setFlags(c.alreadyChosen
                           ? Qt::ItemFlags(Qt::NoItemFlags)
                           : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    }
    if (choices.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing to choose from."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void ChoiceListDialog::setProblems(const QStringList &problems) {
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

QList<QVariant> ChoiceListDialog::chosenValues() const {
    QList<QVariant> values;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            values.append(item->data(ValueRole));
    }
    return values;
}

void ChoiceListDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenValues().isEmpty());
}

} // namespace mechdock::ui
