// The client every provider in the benchmark registers (bench/workspace.json has the same).
export const clientId = 'bench';
export const clientSecret = 'bench-secret-0123456789abcdef0123456789abcdef';
export const redirectUri = 'http://127.0.0.1:1/callback';
