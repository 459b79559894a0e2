// The sign-in areas of the team and security pages: "Forgot your password?" and "Create an
// account" lead to the account page, and show only while nobody is signed in here.
const provider = document.querySelector('foyer-provider');
const links = document.querySelector('#account-links');

const show = (signedIn) => {
  links.hidden = signedIn;
};
provider.addEventListener('foyer-session-change', (event) => show(event.signedIn));
show(Boolean(provider.token));
