import SwiftUI
import SignalenkaartCore

/// The card's sections first; below them the card's introduction, once it is opened.
struct HomeScreen: View {
    let view: HomeView

    var body: some View {
        ScreenPage {
            VStack(spacing: 0) {
                ForEach(Array(view.sections.enumerated()), id: \.offset) { _, row in
                    RowButton(row: row)
                    Divider()
                }
            }
            // Asked once, below the card's sections: never in the way of the card.
            if let ask = view.coordinatorQuestion {
                ActionButton(button: ask)
            }
            if let intro = view.intro {
                Text(intro)
            }
            if let showText = view.showText {
                ActionButton(button: showText)
            }
        }
    }
}
