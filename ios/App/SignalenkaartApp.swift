import SignalenkaartCore
import SignalenkaartUI
import SwiftUI
import UIKit

/// The app: one scene, one core. Everything the user sees is the core's view model;
/// this file only forwards the scene's life cycle and time to the core.
@main
struct SignalenkaartApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var appDelegate
    // One launcher for the app, not per scene: two cores must never open the same vault.
    @StateObject private var launcher = CoreLauncher()

    var body: some Scene {
        WindowGroup {
            AppShell(launcher: launcher)
        }
    }
}

/// Starts the core, forwards scene phases and ticks, and covers the screen when it must
/// not be seen.
@MainActor
private struct AppShell: View {
    /// How often the core hears the time while the app is in front, so auto-lock acts on
    /// time even when nobody taps.
    private static let tickInterval: UInt64 = 15 * NSEC_PER_SEC

    @ObservedObject var launcher: CoreLauncher
    @Environment(\.scenePhase) private var scenePhase
    @StateObject private var capture = ScreenCaptureMonitor()
    @State private var wasActive = false

    var body: some View {
        let covered = scenePhase != .active || capture.isCaptured
        ZStack {
            content
                .accessibilityHidden(covered)
            if covered {
                PrivacyOverlay()
            }
        }
        .onAppear { enter(scenePhase) }
        .onChange(of: scenePhase) { enter($0) }
        .task(id: scenePhase) { await tickWhileActive() }
    }

    @ViewBuilder
    private var content: some View {
        switch launcher.state {
        case .waiting:
            Color(uiColor: .systemBackground).ignoresSafeArea()
        case .running(let store):
            RootView(store: store)
        case .failed:
            StartupFailureView()
        }
    }

    private func enter(_ phase: ScenePhase) {
        if phase == .active {
            launcher.startIfPossible()
            capture.refresh()
            if !wasActive {
                // Resuming: let auto-lock act on the time that passed.
                launcher.store?.send(.tick)
            }
            wasActive = true
        } else if wasActive {
            // Leaving active (app switcher, call prompt, background): the core locks the
            // vault and closes the database.
            launcher.store?.send(.wentToBackground)
            wasActive = false
        }
    }

    private func tickWhileActive() async {
        guard scenePhase == .active else { return }
        while true {
            do {
                try await Task.sleep(nanoseconds: Self.tickInterval)
            } catch {
                return  // Cancelled: the scene left active.
            }
            launcher.store?.send(.tick)
        }
    }
}

/// Shown only if the core cannot start. The core words everything else; here it is not
/// running, so this one text lives in the app's own strings (nl, en).
private struct StartupFailureView: View {
    var body: some View {
        Text("startup.failed")
            .multilineTextAlignment(.center)
            .padding(24)
            .frame(maxWidth: .infinity, maxHeight: .infinity)
    }
}
