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

/// Starts the core, forwards the scene phases, and covers the screen when it must not
/// be seen. The store sends the heartbeats the core asks for.
@MainActor
private struct AppShell: View {
    @ObservedObject var launcher: CoreLauncher
    @Environment(\.scenePhase) private var scenePhase
    @StateObject private var capture = ScreenCaptureMonitor()

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

    /// Reports the phase; the core decides what it means (the background locks the vault,
    /// the app switcher does not: the overlay covers it).
    private func enter(_ phase: ScenePhase) {
        if phase == .active {
            launcher.startIfPossible()
            capture.refresh()
        }
        launcher.store?.send(.phaseChanged(phase: Phase(phase)))
    }
}

extension Phase {
    /// The core's name for a SwiftUI scene phase.
    init(_ phase: ScenePhase) {
        switch phase {
        case .active: self = .active
        case .inactive: self = .inactive
        default: self = .background
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
