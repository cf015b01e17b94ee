import SwiftUI
import SignalenkaartCore

/// The card's sections.
struct HomeScreen: View {
    let view: HomeView

    var body: some View {
        ScreenPage {
            Heading(text: view.heading, font: .title3.weight(.semibold))
            if let intro = view.intro {
                Text(intro)
            }
            VStack(spacing: 0) {
                ForEach(Array(view.sections.enumerated()), id: \.offset) { _, row in
                    RowButton(row: row)
                    Divider()
                }
            }
        }
    }
}
