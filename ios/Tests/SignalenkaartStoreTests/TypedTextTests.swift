import XCTest
import SignalenkaartCore
import SignalenkaartStore

/// The text-field rule: the user's typing is never replaced by an echo of older typing;
/// the core's own change wins once it has answered everything.
final class TypedTextTests: XCTestCase {
    func testTypingIsSentOnceAndEchoesOfOlderTypingNeverReplaceIt() {
        var field = TypedText("")
        field.text = "a"
        XCTAssertEqual(field.edit(), "a")
        XCTAssertNil(field.edit(), "nothing new to send")
        field.text = "ab"
        XCTAssertEqual(field.edit(), "ab")

        // The answer to "a" arrives while "ab" is still with the core.
        field.coreShows("a", storeIsIdle: false)
        XCTAssertEqual(field.text, "ab")
    }

    func testTheCoresOwnChangeWinsOnceItAnsweredEverything() {
        var field = TypedText("gezin B.")
        field.text = "gezin B. "
        _ = field.edit()
        // The core trimmed the text (or cleared the field after a save).
        field.coreShows("", storeIsIdle: true)
        XCTAssertEqual(field.text, "")
        XCTAssertNil(field.edit(), "the core's text is not sent back to it")
    }

    func testTheCounterCountsAsTheCoreDoesAndShowsOnlyNearTheLimit() {
        let field = SignalenkaartCore.TextField(
            id: .caseLabel, label: "Naam", text: "", placeholder: "", error: nil,
            maxChars: 10, sensitive: true
        )
        XCTAssertNil(field.counter(for: "12345678"))
        XCTAssertEqual(field.counter(for: "123456789"), "9 / 10")
        // A flag is one character on screen but two Unicode scalars: the core counts 2.
        XCTAssertEqual(field.counter(for: "12345678🇳🇱"), "10 / 10")
        XCTAssertEqual(field.counter(for: "12345678901"), "11 / 10", "shown, never cut")
    }
}
