import XCTest
import SignalenkaartCore
import SignalenkaartStore

/// A failed start is shown in the core's words and can be retried without a force-quit.
@MainActor
final class LauncherTests: XCTestCase {
    func testAFullDiskIsWordedByTheCoreAndARetryStartsTheCoreOnceItWorks() async throws {
        let disk = Disk()
        let launcher = Launcher(language: .nl, effects: RecordingEffects()) {
            disk.starts += 1
            if disk.full { throw CoreError.Storage(detail: "storage full") }
            return FakeCore()
        }

        launcher.start()
        let failure = try XCTUnwrap(launcher.failure, "expected a failed start, got \(launcher.state)")
        XCTAssertEqual(failure.title, "De app kan niet starten")
        XCTAssertTrue(failure.text.contains("vol"), failure.text)
        XCTAssertEqual(failure.retry, "Opnieuw proberen")
        XCTAssertTrue(failure.detail.contains("storage full"), failure.detail)
        XCTAssertNil(launcher.store)

        disk.full = false
        launcher.start()
        XCTAssertNotNil(launcher.store)
        launcher.start()
        XCTAssertEqual(disk.starts, 2, "a running core is not started again")
    }

    func testABrokenInstallOffersNoRetryAndWarnsBeforeDeletingTheApp() async throws {
        let launcher = Launcher(language: .en, effects: RecordingEffects()) {
            throw CoreError.BrokenInstall(detail: "card content")
        }

        launcher.start()
        let failure = try XCTUnwrap(launcher.failure, "expected a failed start, got \(launcher.state)")
        XCTAssertNil(failure.retry)
        XCTAssertTrue(failure.text.contains("Do not delete the app"), failure.text)
    }

    func testAnErrorFromThePlatformGlueIsShownWithoutItsText() async throws {
        struct DirectoryError: Error, CustomStringConvertible {
            var description: String { "/var/mobile/Containers/Data/j.jansen" }
        }
        let launcher = Launcher(language: .nl, effects: RecordingEffects()) {
            throw DirectoryError()
        }

        launcher.start()
        let failure = try XCTUnwrap(launcher.failure, "expected a failed start, got \(launcher.state)")
        XCTAssertNotNil(failure.retry)
        XCTAssertFalse(failure.detail.contains("jansen"), failure.detail)
    }

    func testTheDeviceLanguageRuleIsTheCores() async throws {
        XCTAssertEqual(deviceLanguage(preferredTags: ["fy-NL", "en-GB"]), .en)
        XCTAssertEqual(deviceLanguage(preferredTags: ["nl-BE", "en"]), .nl)
        XCTAssertEqual(deviceLanguage(preferredTags: ["de-DE"]), .nl)
    }
}

extension Launcher {
    /// What a failed start shows, if the start failed.
    var failure: StartFailureView? {
        if case .failed(let failure) = state { return failure }
        return nil
    }
}

/// A disk that can be full, and counts the starts it saw.
@MainActor
private final class Disk {
    var full = true
    var starts = 0
}
