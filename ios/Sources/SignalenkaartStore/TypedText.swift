/// What a text field shows while the user types into a text the core holds.
///
/// The field's own text is the truth while typing: views that arrive while edits are in
/// flight echo older text and never replace it (that dropped characters). Once the store
/// is idle (the core answered every event sent), the core's text is its answer to the
/// newest edit; where it differs (a text the core cleared, refused or changed) it wins.
/// Text is sent whole and uncut: the core explains a text that is too long.
public struct TypedText: Equatable, Sendable {
    /// The text the field shows; the text field binds to it.
    public var text: String
    /// The last text sent to the core or taken from it.
    private var known: String

    /// A field showing the core's `text`.
    public init(_ text: String) {
        self.text = text
        self.known = text
    }

    /// The text to send as `Edit` after the user changed it, or `nil` if there is
    /// nothing new (the change was the core's own text coming in).
    public mutating func edit() -> String? {
        guard text != known else { return nil }
        known = text
        return text
    }

    /// A view arrived with the core's `coreText` for this field.
    public mutating func coreShows(_ coreText: String, storeIsIdle: Bool) {
        guard storeIsIdle, coreText != text else { return }
        text = coreText
        known = coreText
    }
}
