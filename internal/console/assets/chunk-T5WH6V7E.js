var n=null;function s(e){n=e}function l(){let e=n;return n=null,e}export{s as a,l as b};
