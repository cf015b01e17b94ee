package nl.signalenkaart.tests

import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.FieldId
import nl.signalenkaart.core.Screen
import org.junit.After
import org.junit.Test

/** Whose zorgcoördinator the app calls, through the generated bindings: asked once, then followed everywhere. */
class CoordinatorChoiceTest {
    private val shell = Shell()

    @After
    fun tearDown() = shell.close()

    @Test
    fun theOwnCoordinatorAnsweredOnceRingsFromTheTopBarAndTheMeldcode() {
        val ask = assertNotNull(shell.view().screenAs<Screen.Home>().view.coordinatorQuestion, "asked on a first start")
        val question = shell.send(ask.event).view.screenAs<Screen.CoordinatorQuestion>().view
        shell.send(Event.Edit(question.ownName.id, "Zorgcoördinator regio Utrecht"))
        shell.send(Event.Edit(question.ownNumber.id, "030 12"))
        val refused = shell.send(question.saveOwn.event).view.screenAs<Screen.CoordinatorQuestion>().view
        assertEquals("Dit nummer is te kort: er ontbreken cijfers.", refused.ownNumber.error)
        shell.send(Event.Edit(refused.ownNumber.id, "030-2345678"))
        val home = shell.send(refused.saveOwn.event).view
        assertNull(home.screenAs<Screen.Home>().view.coordinatorQuestion, "not asked again")

        assertEquals(listOf(Effect.Dial("tel:+31302345678")), shell.send(home.call!!.event).effects)
        val meldcode = shell.goTo(Destination.MELDCODE).view.screenAs<Screen.Meldcode>().view
        val coordinator = meldcode.steps[1].experts.first()
        assertEquals(listOf(Effect.Dial("tel:+31302345678")), shell.send(coordinator.call!!.event).effects)
        assertEquals(FieldId.COORDINATOR_NUMBER, question.ownNumber.id)
    }
}
