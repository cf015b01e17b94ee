import SignalenkaartCore
import SignalenkaartStore
import SignalenkaartUI
import SwiftUI
import UIKit

/// The app: one scene, one core. Everything the user sees is the core's view model;
/// this file only forwards the scene's life cycle to the core and covers the screen.
@main
struct SignalenkaartApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var appDelegate
    // One launcher for the app, not per scene: two cores must never open the same vault.
    @State private var launcher = Launcher(
        language: .preferredOnDevice,
        effects: PlatformEffects.shared,
        makeCore: CoreFactory.make
    )

    var body: some Scene {
        WindowGroup {
            AppShell(launcher: launcher)
        }
    }
}

/// Starts the core, reports the scene phases, and covers the screen when it must not be
/// seen. The store sends the heartbeats the core asks for.
private struct AppShell: View {
    let launcher: Launcher
    @Environment(\.scenePhase) private var scenePhase
    @State private var capture = ScreenCaptureMonitor()
    @State private var cover = PrivacyCover()

    var body: some View {
        content
            .onAppear { enter(scenePhase) }
            .onChange(of: scenePhase) { enter(scenePhase) }
            .onChange(of: capture.isCaptured) { updateCover() }
    }

    @ViewBuilder
    private var content: some View {
        switch launcher.state {
        case .waiting:
            Color(uiColor: .systemBackground).ignoresSafeArea()
        case .running(let store):
            RootView(store: store)
        case .failed(let failure):
            StartFailureScreen(failure: failure) { launcher.start() }
        }
    }

    /// Reports the phase; the core decides what it means (going to the background locks
    /// the vault unless a call from the app is under way; inactive never does). A
    /// background task keeps the app running until the core has locked and kept the
    /// drafts, so iOS cannot suspend it halfway.
    private func enter(_ phase: ScenePhase) {
        if phase == .active {
            capture.refresh()
            if case .waiting = launcher.state, UIApplication.shared.isProtectedDataAvailable {
                launcher.start()
            }
        }
        updateCover()
        guard let store = launcher.store else { return }
        if phase == .background {
            let task = BackgroundTask.begin(named: "lock")
            store.send(.phaseChanged(phase: .background)) { task.end() }
        } else {
            store.send(.phaseChanged(phase: Phase(phase)))
        }
    }

    /// The cover is a window above every other, share sheets and alerts included, so the
    /// app-switcher snapshot and a recording show none of them.
    private func updateCover() {
        cover.show(scenePhase != .active || capture.isCaptured)
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
