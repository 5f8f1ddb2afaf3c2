const answer = (a, b) => a ?? b; class A { #p = 1; static { this.x = 2; } }
