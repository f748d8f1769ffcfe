/** The superuser of every test server; test data dirs are temporary, so a fixed password is fine. */
export const TEST_SUPERUSER = { email: 'superuser@test.ertad.example', password: 'test-superuser-password' };
