import VillageBoardCore

extension AppModel {
    /// The world checked the PIN: the user is in, and starts on the chart of their scope.
    mutating func loggedIn(_ user: User) {
        ctx.user = user
        forgetViews()
        switchTo(.chart)
        show(StatusMessage(ctx.text("login.welcome", user.name, ctx.text.name(user.role))))
        askForOwnPinIfInitial()
    }

    /// A user whose PIN is an initial one (from an imported roster) sets their own before anything else.
    public mutating func askForOwnPinIfInitial() {
        guard ctx.user?.pin?.mustChange == true else { return }
        stack.append(NewPinScreen())
        show(StatusMessage(ctx.text("newPin.needed")))
    }
}
