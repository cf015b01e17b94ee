import SwiftUI
import SignalenkaartCore

/// Whose zorgcoördinator the app calls, asked once: the card's with its number, or the
/// user's own with where to find it. Quick exit and the call stay in the frame above.
struct CoordinatorQuestionScreen: View {
    let view: CoordinatorQuestionView

    var body: some View {
        ScreenPage {
            Line(line: view.question)
            Text(view.explanation)
            Text(view.card).font(.headline)
            ActionButton(button: view.chooseCard, style: .primary)
            Divider()
            Line(line: view.ownHeading)
            if let whereToFind = view.whereToFind {
                Text(whereToFind)
            }
            SourcesLine(sources: view.sources)
            CoreTextFieldView(field: view.ownName)
            CoreTextFieldView(field: view.ownNumber, submit: view.saveOwn)
            ActionButton(button: view.saveOwn, style: .primary)
            if let showText = view.showText {
                ActionButton(button: showText)
            }
            Divider()
            ActionButton(button: view.later)
        }
    }
}
