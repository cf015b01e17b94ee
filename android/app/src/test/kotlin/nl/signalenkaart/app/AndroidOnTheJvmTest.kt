package nl.signalenkaart.app

import android.content.ActivityNotFoundException
import android.content.ContextWrapper
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.StrongBoxUnavailableException
import android.view.inputmethod.EditorInfo
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.KeyWrapperException
import nl.signalenkaart.core.Phase
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Test
import java.security.ProviderException

/**
 * What the glue's tests can lean on when they run on the plain JVM (android/glue): the
 * Android framework classes from Robolectric's android-all, without Robolectric, and the
 * Android flavour of the bindings, without the native library.
 *
 * Runs: Intent, Uri, Bundle extras, ComponentName, ClipData, LocaleList, TextUtils, Base64,
 * ArrayMap, the keystore's exceptions and KeyGenParameterSpec.Builder, EditorInfo,
 * ContextWrapper and Application as fakes, constants (inlined at compile time).
 * Fails, as the framework's native methods are missing: android.util.Log,
 * SystemClock, android.system.Os and OsConstants (so also ErrnoException.getMessage),
 * Build.VERSION (SystemProperties), Looper.prepare and so Handler and Activity,
 * WindowManager.LayoutParams (its class init logs), SparseArray (VMRuntime),
 * SystemCleaner (JDK internals); the AndroidKeyStore provider does not exist.
 */
class AndroidOnTheJvmTest {
    @Test
    fun aDialIntentKeepsItsActionAndNumber() {
        val intent = Intent(Intent.ACTION_DIAL, Uri.parse("tel:+31135498430"))
        assertEquals(Intent.ACTION_DIAL, intent.action)
        assertEquals("tel:+31135498430", intent.data.toString())
        assertEquals("tel", intent.data!!.scheme)
        assertEquals("+31135498430", intent.data!!.schemeSpecificPart)
    }

    @Test
    fun aChooserCarriesTheSendIntentAndItsExtras() {
        val send = Intent(Intent.ACTION_SEND).setType("text/plain")
            .putExtra(Intent.EXTRA_SUBJECT, "Casus")
            .putExtra(Intent.EXTRA_TEXT, "Notitie")
        val chooser = Intent.createChooser(send, null)
        assertEquals(Intent.ACTION_CHOOSER, chooser.action)
        val inner = chooser.getParcelableExtra(Intent.EXTRA_INTENT, Intent::class.java)!!
        assertEquals(Intent.ACTION_SEND, inner.action)
        assertEquals("text/plain", inner.type)
        assertEquals("Casus", inner.getStringExtra(Intent.EXTRA_SUBJECT))
        assertEquals("Notitie", inner.getStringExtra(Intent.EXTRA_TEXT))
    }

    @Test
    fun theFrameworkExceptionsCanBeThrownAndCaught() {
        val notFound = assertThrows(ActivityNotFoundException::class.java) {
            throw ActivityNotFoundException("no dialer")
        }
        assertEquals("no dialer", notFound.message)
        assertEquals("invalidated", KeyPermanentlyInvalidatedException("invalidated").message)
        // The key wrapper catches StrongBox's refusal where it catches ProviderException.
        val refused: ProviderException = StrongBoxUnavailableException("busy")
        assertEquals("busy", refused.message)
        assertEquals("failed", ProviderException("failed").message)
    }

    @Test
    fun frameworkConstantsHaveTheirPlatformValues() {
        assertEquals(1, PackageManager.COMPONENT_ENABLED_STATE_ENABLED)
        assertEquals(2, PackageManager.COMPONENT_ENABLED_STATE_DISABLED)
        assertEquals(1, PackageManager.DONT_KILL_APP)
        assertEquals("android.hardware.strongbox_keystore", PackageManager.FEATURE_STRONGBOX_KEYSTORE)
        val info = EditorInfo()
        info.imeOptions = info.imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
        assertEquals(0x1000000, info.imeOptions)
    }

    @Test
    fun nativeFrameworkMethodsAreMissing() {
        assertThrows(UnsatisfiedLinkError::class.java) { android.util.Log.d("glue", "test") }
        assertThrows(UnsatisfiedLinkError::class.java) { android.os.SystemClock.elapsedRealtime() }
    }

    @Test
    fun theBindingsValueTypesNeedNoNativeLibrary() {
        // Nothing here may load libsignalenkaart_ffi: jna.library.path is not set for these
        // tests, so loading it would throw.
        assertEquals("tel:+31135498430", Effect.Dial("tel:+31135498430").telUri)
        assertEquals("Notitie", Effect.Share(subject = "Casus", text = "Notitie").text)
        assertTrue(Effect.SetLauncherDiscreet(true).discreet)
        assertEquals(Phase.ACTIVE, Event.PhaseChanged(Phase.ACTIVE).phase)
        assertNotNull(Event.Back)
        val failed: Exception = KeyWrapperException.Failed(reason = "KeyStoreException")
        assertEquals("KeyStoreException", (failed as KeyWrapperException.Failed).reason)
    }

    @Test
    fun theBindingsOnTheClassPathAreTheAndroidFlavour() {
        // The desktop build's classes hold the JVM flavour in the same package; only the
        // Android one has the SystemCleaner, only the JVM one the test clock.
        assertNotNull(Class.forName("nl.signalenkaart.core.AndroidSystemCleaner"))
        assertThrows(ClassNotFoundException::class.java) { Class.forName("nl.signalenkaart.core.PlatformClock") }
    }

    @Test
    fun withoutAnActivityTheDialerStartsFromTheApplicationInANewTask() {
        // ContextWrapper over nothing is a fake Context: override what the glue calls.
        val started = mutableListOf<Intent>()
        val context = object : ContextWrapper(null) {
            override fun startActivity(intent: Intent) {
                started += intent
            }
        }
        ContextPlatform(context) {}.startActivity(AndroidEffects.dialIntent("tel:+31135498430"))
        val intent = started.single()
        assertEquals(Intent.ACTION_DIAL, intent.action)
        assertEquals(Uri.parse("tel:+31135498430"), intent.data)
        assertEquals(Intent.FLAG_ACTIVITY_NEW_TASK, intent.flags and Intent.FLAG_ACTIVITY_NEW_TASK)
    }
}
