import SwiftUI
import SignalenkaartCore

/// A signal observed in a case: the signal, the record as saved ("waargenomen …
/// (vastgelegd …)"), when it was seen (a choice, then the day and time where the core
/// asks for them) and the remark on several lines. Kept off the signals list, so its rows
/// keep one height ticked or not. Discreet mode leaves the signal and the remark out
/// until the screen's text is shown.
struct SignalDetailScreen: View {
    let view: SignalDetailView

    var body: some View {
        ScreenPage {
            if let signal = view.signal {
                Text(signal)
                    .font(.body)
                    .frame(maxWidth: .infinity, alignment: .leading)
            }
            Footnote(text: view.recorded)
            ChoiceGroupView(group: view.seen)
            if let date = view.date {
                CoreTextFieldView(field: date)
            }
            if let time = view.time {
                CoreTextFieldView(field: time)
            }
            if let remark = view.remark {
                CoreTextFieldView(field: remark, multiline: true)
            }
            Footnote(text: view.advice)
            if let showText = view.showText {
                ActionButton(button: showText)
            }
            ActionButton(button: view.save, style: .primary)
        }
    }
}
