import SwiftUI
import SignalenkaartCore

/// Settings: the own zorgcoördinator first (its form is what is saved here most), then
/// language, discreet mode, locking, fingerprint or face and the PIN; the wipe last, on
/// its own, with a thumb's room above and below, so that no tap aimed at save or at the
/// call bar lands on it, whatever the errors above a button do to the page.
struct SettingsScreen: View {
    let view: SettingsView

    var body: some View {
        ScreenPage {
            Line(line: view.coordinatorHeading)
            CoreTextFieldView(field: view.coordinatorName)
            CoreTextFieldView(
                field: view.coordinatorNumber,
                submit: view.saveCoordinator
            )
            if let setOn = view.coordinatorSetOn {
                Footnote(text: setOn)
            }
            ActionButton(button: view.saveCoordinator, style: .primary)
            if let clear = view.clearCoordinator {
                ActionButton(button: clear)
            }
            Divider()
            ChoiceGroupView(group: view.language)
            CheckRowButton(row: view.discreet)
            Footnote(text: view.discreetHint)
            if let retention = view.retention {
                ChoiceGroupView(group: retention)
            }
            ChoiceGroupView(group: view.autoLock)
            if let maxAttempts = view.maxAttempts {
                ChoiceGroupView(group: maxAttempts)
            }
            if let biometrics = view.biometrics {
                CheckRowButton(row: biometrics.toggle)
                Footnote(text: biometrics.hint)
                if let hours = biometrics.hours {
                    ChoiceGroupView(group: hours)
                }
            }
            if let changePin = view.changePin {
                ActionButton(button: changePin)
            }
            Divider()
                .padding(.vertical, 24)
            ActionButton(button: view.wipe, style: .destructive)
                .padding(.bottom, 32)
        }
    }
}
