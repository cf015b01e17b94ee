import SwiftUI
import SignalenkaartCore

/// Settings: language, discreet mode, retention, auto-lock, attempts, the own
/// zorgcoördinator, the PIN and the panic wipe.
struct SettingsScreen: View {
    let view: SettingsView

    var body: some View {
        ScreenPage {
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
            Divider()
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
            if let changePin = view.changePin {
                ActionButton(button: changePin)
            }
            ActionButton(button: view.wipe, style: .destructive)
        }
    }
}
