import Observation
import SwiftUI
import UIKit

/// Covers the whole app, share sheets and alerts included, while the scene is not
/// active (so the app switcher's snapshot and the call prompt show nothing) and while
/// the screen is recorded, mirrored or shared. A window above every other: SwiftUI
/// content alone would leave UIKit modals (the share sheet, Mail) uncovered. Plain and
/// wordless, so it gives nothing away in discreet mode either.
@MainActor
final class PrivacyCover {
    private var window: UIWindow?

    /// Shows or hides the cover.
    func show(_ covered: Bool) {
        if covered, window == nil, let scene = Self.scene {
            let window = UIWindow(windowScene: scene)
            window.windowLevel = .alert + 1
            window.rootViewController = UIHostingController(rootView: PrivacyOverlay())
            window.isHidden = false
            self.window = window
        } else if !covered, let window {
            window.isHidden = true
            self.window = nil
        }
    }

    private static var scene: UIWindowScene? {
        UIApplication.shared.connectedScenes.compactMap { $0 as? UIWindowScene }.first
    }
}

private struct PrivacyOverlay: View {
    var body: some View {
        Color(uiColor: .systemBackground)
            .ignoresSafeArea()
            .accessibilityHidden(true)
    }
}

/// Whether any screen showing the app is being captured (recording, AirPlay mirroring,
/// screen sharing).
@MainActor
@Observable
final class ScreenCaptureMonitor {
    private(set) var isCaptured = false

    init() {
        NotificationCenter.default.addObserver(
            forName: UIScreen.capturedDidChangeNotification, object: nil, queue: .main
        ) { [weak self] _ in
            MainActor.assumeIsolated { self?.refresh() }
        }
        refresh()
    }

    func refresh() {
        isCaptured = UIApplication.shared.connectedScenes
            .compactMap { $0 as? UIWindowScene }
            .contains { $0.screen.isCaptured }
    }
}
