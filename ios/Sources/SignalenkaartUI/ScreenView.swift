import SwiftUI
import SignalenkaartCore

/// One SwiftUI view per `Screen` case.
struct ScreenView: View {
    let screen: Screen

    var body: some View {
        switch screen {
        case .home(let view): HomeScreen(view: view)
        case .signals(let view): SignalsScreen(view: view)
        case .conversation(let view): ConversationScreen(view: view)
        case .meldcode(let view): MeldcodeScreen(view: view)
        case .afwegingskader(let view): AfwegingScreen(view: view)
        case .contacts(let view): ContactsScreen(view: view)
        case .cases(let view): CasesScreen(view: view)
        case .`case`(let view): CaseScreen(view: view)
        case .label(let view): LabelScreen(view: view)
        case .signalDetail(let view): SignalDetailScreen(view: view)
        case .noteEditor(let view): NoteEditorScreen(view: view)
        case .search(let view): SearchScreen(view: view)
        case .settings(let view): SettingsScreen(view: view)
        case .coordinatorQuestion(let view): CoordinatorQuestionScreen(view: view)
        case .about(let view): AboutScreen(view: view)
        case .confirm(let view): ConfirmScreen(view: view)
        case .pin(let view): PinScreen(view: view)
        case .lockedOut(let view): MessageScreen(view: view)
        case .neutral(let view): MessageScreen(view: view)
        }
    }
}
