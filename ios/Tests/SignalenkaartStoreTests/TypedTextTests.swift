import XCTest
import SignalenkaartCore
import SignalenkaartStore

/// The text-field rule: the user's typing is never replaced by an echo of older typing;
/// the core's own change wins once it has answered everything. (The counter near the
/// limit is the core's: `TextField.counter`, tested in core/tests/app_input.rs.)
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
}
