import SignalenkaartCore

// SwiftUI has types named `Button` and `TextField` too. Inside this module the core's
// are always spelled with these names and SwiftUI's as `SwiftUI.Button` and
// `SwiftUI.TextField`, so no line is ambiguous.

/// A button the core describes: label, accessibility label, enabled state, event.
typealias CoreButton = SignalenkaartCore.Button

/// A text field whose text the core holds.
typealias CoreTextField = SignalenkaartCore.TextField
