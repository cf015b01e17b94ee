import UIKit

/// Time iOS grants after the app leaves the screen, ended as soon as the work is done
/// (or when iOS asks). Ending twice is harmless.
@MainActor
final class BackgroundTask {
    private var identifier = UIBackgroundTaskIdentifier.invalid

    private init() {}

    /// Begins a task named `name`.
    static func begin(named name: String) -> BackgroundTask {
        let task = BackgroundTask()
        task.identifier = UIApplication.shared.beginBackgroundTask(withName: name) { [weak task] in
            MainActor.assumeIsolated { task?.end() }
        }
        return task
    }

    /// Ends the task.
    func end() {
        guard identifier != .invalid else { return }
        UIApplication.shared.endBackgroundTask(identifier)
        identifier = .invalid
    }
}
