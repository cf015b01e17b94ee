import SwiftUI
import UIKit

/// Covers the app while the scene is not active, so the app switcher's snapshot shows
/// nothing, and while the screen is recorded, mirrored or shared. Plain and wordless, so
/// it gives nothing away in discreet mode either.
struct PrivacyOverlay: View {
    var body: some View {
        Color(uiColor: .systemBackground)
            .ignoresSafeArea()
            .accessibilityHidden(true)
    }
}

/// Whether any screen showing the app is being captured (recording, AirPlay mirroring,
/// screen sharing).
@MainActor
final class ScreenCaptureMonitor: NSObject, ObservableObject {
    @Published private(set) var isCaptured = false

    override init() {
        super.init()
        NotificationCenter.default.addObserver(
            self,
            selector: #selector(refresh),
            name: UIScreen.capturedDidChangeNotification,
            object: nil
        )
        refresh()
    }

    @objc func refresh() {
        isCaptured = UIApplication.shared.connectedScenes
            .compactMap { $0 as? UIWindowScene }
            .contains { $0.screen.isCaptured }
    }
}
