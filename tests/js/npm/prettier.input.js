const   x = {a:1,b:[1,2,3]};function f( y ){return y*2}
