namespace mechdock::ui {
int uiVersion() { return 1; }
}
