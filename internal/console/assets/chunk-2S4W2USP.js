var qt=Object.defineProperty;var Gt=(e,t,n)=>t in e?qt(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n;var ie=(e,t,n)=>Gt(e,typeof t!="symbol"?t+"":t,n);var Ee,v,ot,Qt,J,tt,at,st,Pe,ye,le,ct,Oe,Re,Ne,Jt,be={},Ae=[],Bt=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ie=Array.isArray;function q(e,t){for(var n in t)e[n]=t[n];return e}function De(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Ke(e,t,n){var r,a,i,s={};for(i in t)i=="key"?r=t[i]:i=="ref"?a=t[i]:s[i]=t[i];if(arguments.length>2&&(s.children=arguments.length>3?Ee.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)s[i]===void 0&&(s[i]=e.defaultProps[i]);return _e(e,s,r,a,null)}function _e(e,t,n,r,a){var i={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++ot,__i:-1,__u:0};return a==null&&v.vnode!=null&&v.vnode(i),i}function j(e){return e.children}function ve(e,t){this.props=e,this.context=t}function X(e,t){if(t==null)return e.__?X(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?X(e):null}function zt(e){if(e.__P&&e.__d){var t=e.__v,n=t.__e,r=[],a=[],i=q({},t);i.__v=t.__v+1,v.vnode&&v.vnode(i),Le(e.__P,i,t,e.__n,e.__P.namespaceURI,32&t.__u?[n]:null,r,n??X(t),!!(32&t.__u),a),i.__v=t.__v,i.__.__k[i.__i]=i,ft(r,i,a),t.__e=t.__=null,i.__e!=n&&lt(i)}}function lt(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),lt(e)}function nt(e){(!e.__d&&(e.__d=!0)&&J.push(e)&&!we.__r++||tt!=v.debounceRendering)&&((tt=v.debounceRendering)||at)(we)}function we(){try{for(var e,t=1;J.length;)J.length>t&&J.sort(st),e=J.shift(),t=J.length,zt(e)}finally{J.length=we.__r=0}}function ut(e,t,n,r,a,i,s,l,p,c,f){var I,o,d,k,R,C,w=r&&r.__k||Ae,g=t.length;for(p=Zt(n,t,w,p,g),I=0;I<g;I++)(d=n.__k[I])!=null&&(o=d.__i!=-1&&w[d.__i]||be,d.__i=I,C=Le(e,d,o,a,i,s,l,p,c,f),k=d.__e,d.ref&&o.ref!=d.ref&&(o.ref&&He(o.ref,null,d),f.push(d.ref,d.__c||k,d)),R==null&&k!=null&&(R=k),4&d.__u?(p=dt(d,p,e),o.__e&&(o.__e=null)):typeof d.type=="function"&&C!==void 0?p=C:k&&(p=k.nextSibling),d.__u&=-7);return n.__e=R,p}function Zt(e,t,n,r,a){var i,s,l,p,c,f=n.length,I=f,o=0;for(e.__k=new Array(a),i=0;i<a;i++)(s=t[i])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||s.constructor==String?s=e.__k[i]=_e(null,s,null,null,null):Ie(s)?s=e.__k[i]=_e(j,{children:s},null,null,null):s.constructor===void 0&&s.__b>0?s=e.__k[i]=_e(s.type,s.props,s.key,s.ref?s.ref:null,s.__v):e.__k[i]=s,p=i+o,s.__=e,s.__b=e.__b+1,l=null,(c=s.__i=Xt(s,n,p,I))!=-1&&(I--,(l=n[c])&&(l.__u|=2)),l==null||l.__v==null?(c==-1&&(a>f?o--:a<f&&o++),typeof s.type!="function"&&(s.__u|=4)):c!=p&&(c==p-1?o--:c==p+1?o++:(c>p?o--:o++,s.__u|=4))):e.__k[i]=null;if(I)for(i=0;i<f;i++)(l=n[i])!=null&&(2&l.__u)==0&&(l.__e==r&&(r=X(l)),gt(l,l));return r}function dt(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=dt(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=X(e)),t=n.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Xt(e,t,n,r){var a,i,s,l=e.key,p=e.type,c=t[n],f=c!=null&&(2&c.__u)==0;if(c===null&&l==null||f&&l==c.key&&p==c.type)return n;if(r>(f?1:0)){for(a=n-1,i=n+1;a>=0||i<t.length;)if((c=t[s=a>=0?a--:i++])!=null&&(2&c.__u)==0&&l==c.key&&p==c.type)return s}return-1}function rt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Bt.test(t)?n:n+"px"}function he(e,t,n,r,a){var i,s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||rt(e.style,t,"");if(n)for(t in n)r&&n[t]==r[t]||rt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")i=t!=(t=t.replace(ct,"$1")),s=t.toLowerCase(),t=s in e||t=="onFocusOut"||t=="onFocusIn"?s.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+i]=n,n?r?n[le]=r[le]:(n[le]=Oe,e.addEventListener(t,i?Ne:Re,i)):e.removeEventListener(t,i?Ne:Re,i);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function it(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t[ye]==null)t[ye]=Oe++;else if(t[ye]<n[le])return;return n(v.event?v.event(t):t)}}}function Le(e,t,n,r,a,i,s,l,p,c){var f,I,o,d,k,R,C,w,g,b,G,O,L,se,Y,Q,H=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(p=!!(32&n.__u),i=[l=t.__e=n.__e]),(f=v.__b)&&f(t);e:if(typeof H=="function"){I=s.length;try{if(g=t.props,b=H.prototype&&H.prototype.render,G=(f=H.contextType)&&r[f.__c],O=f?G?G.props.value:f.__:r,n.__c?w=(o=t.__c=n.__c).__=o.__E:(b?t.__c=o=new H(g,O):(t.__c=o=new ve(g,O),o.constructor=H,o.render=tn),G&&G.sub(o),o.state||(o.state={}),o.__n=r,d=o.__d=!0,o.__h=[],o._sb=[]),b&&o.__s==null&&(o.__s=o.state),b&&H.getDerivedStateFromProps!=null&&(o.__s==o.state&&(o.__s=q({},o.__s)),q(o.__s,H.getDerivedStateFromProps(g,o.__s))),k=o.props,R=o.state,o.__v=t,d)b&&H.getDerivedStateFromProps==null&&o.componentWillMount!=null&&o.componentWillMount(),b&&o.componentDidMount!=null&&o.__h.push(o.componentDidMount);else{if(b&&H.getDerivedStateFromProps==null&&g!==k&&o.componentWillReceiveProps!=null&&o.componentWillReceiveProps(g,O),t.__v==n.__v||!o.__e&&o.shouldComponentUpdate!=null&&o.shouldComponentUpdate(g,o.__s,O)===!1){t.__v!=n.__v&&(o.props=g,o.state=o.__s,o.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(V){V&&(V.__=t)}),Ae.push.apply(o.__h,o._sb),o._sb=[],o.__h.length&&s.push(o),l=X(n);break e}o.componentWillUpdate!=null&&o.componentWillUpdate(g,o.__s,O),b&&o.componentDidUpdate!=null&&o.__h.push(function(){o.componentDidUpdate(k,R,C)})}if(o.context=O,o.props=g,o.__P=e,o.__e=!1,L=v.__r,se=0,b)o.state=o.__s,o.__d=!1,L&&L(t),f=o.render(o.props,o.state,o.context),Ae.push.apply(o.__h,o._sb),o._sb=[];else do o.__d=!1,L&&L(t),f=o.render(o.props,o.state,o.context),o.state=o.__s;while(o.__d&&++se<25);o.state=o.__s,o.getChildContext!=null&&(r=q(q({},r),o.getChildContext())),b&&!d&&o.getSnapshotBeforeUpdate!=null&&(C=o.getSnapshotBeforeUpdate(k,R)),Y=f!=null&&f.type===j&&f.key==null?mt(f.props.children):f,l=ut(e,Ie(Y)?Y:[Y],t,n,r,a,i,s,l,p,c),o.base=t.__e,t.__u&=-161,o.__h.length&&s.push(o),w&&(o.__E=o.__=null)}catch(V){if(s.length=I,t.__v=null,p||i!=null){if(V.then){for(t.__u|=p?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;i!=null&&(i[i.indexOf(l)]=null),t.__e=l}else if(i!=null)for(Q=i.length;Q--;)De(i[Q])}else t.__e=n.__e;t.__k==null&&(t.__k=n.__k||[]),V.then||pt(t),v.__e(V,t,n)}}else i==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):l=t.__e=en(n.__e,t,n,r,a,i,s,p,c);return(f=v.diffed)&&f(t),128&t.__u?void 0:l}function pt(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(pt))}function ft(e,t,n){for(var r=0;r<n.length;r++)He(n[r],n[++r],n[++r]);v.__c&&v.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(i){i.call(a)})}catch(i){v.__e(i,a.__v)}})}function mt(e){return typeof e!="object"||e==null||e.__b>0?e:Ie(e)?e.map(mt):e.constructor!==void 0?null:q({},e)}function en(e,t,n,r,a,i,s,l,p){var c,f,I,o,d,k,R,C=n.props||be,w=t.props,g=t.type;if(g=="svg"?a="http://www.w3.org/2000/svg":g=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i!=null){for(c=0;c<i.length;c++)if((d=i[c])&&"setAttribute"in d==!!g&&(g?d.localName==g:d.nodeType==3)){e=d,i[c]=null;break}}if(e==null){if(g==null)return document.createTextNode(w);e=document.createElementNS(a,g,w.is&&w),l&&(v.__m&&v.__m(t,i),l=!1),i=null}if(g==null)C===w||l&&e.data==w||(e.data=w);else{if(i=g=="textarea"&&w.defaultValue!=null?null:i&&Ee.call(e.childNodes),!l&&i!=null)for(C={},c=0;c<e.attributes.length;c++)C[(d=e.attributes[c]).name]=d.value;for(c in C)d=C[c],c=="dangerouslySetInnerHTML"?I=d:c=="children"||c in w||c=="value"&&"defaultValue"in w||c=="checked"&&"defaultChecked"in w||he(e,c,null,d,a);for(c in w)d=w[c],c=="children"?o=d:c=="dangerouslySetInnerHTML"?f=d:c=="value"?k=d:c=="checked"?R=d:l&&typeof d!="function"||C[c]===d||he(e,c,d,C[c],a);if(f)l||I&&(f.__html==I.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(I&&(e.innerHTML=""),ut(t.type=="template"?e.content:e,Ie(o)?o:[o],t,n,r,g=="foreignObject"?"http://www.w3.org/1999/xhtml":a,i,s,i?i[0]:n.__k&&X(n,0),l,p),i!=null)for(c=i.length;c--;)De(i[c]);l&&g!="textarea"||(c="value",g=="progress"&&k==null?e.removeAttribute("value"):k!=null&&(k!==e[c]||g=="progress"&&!k||g=="option"&&k!=C[c])&&he(e,c,k,C[c],a),c="checked",R!=null&&R!=e[c]&&he(e,c,R,C[c],a))}return e}function He(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){v.__e(a,n)}}function gt(e,t,n){var r,a;if(v.unmount&&v.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||He(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(i){v.__e(i,t)}r.base=r.__P=r.__n=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&gt(r[a],t,n||typeof e.type!="function");n||De(e.__e),e.__c=e.__=e.__e=void 0}function tn(e,t,n){return this.constructor(e,n)}function yn(e,t,n){var r,a,i,s;t==document&&(t=document.documentElement),v.__&&v.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,i=[],s=[],Le(t,e=(!r&&n||t).__k=Ke(j,null,[e]),a||be,be,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?Ee.call(t.childNodes):null,i,!r&&n?n:a?a.__e:t.firstChild,r,s),ft(i,e,s),e.props.children=null}Ee=Ae.slice,v={__e:function(e,t,n,r){for(var a,i,s;t=t.__;)if((a=t.__c)&&!a.__)try{if((i=a.constructor)&&i.getDerivedStateFromError!=null&&(a.setState(i.getDerivedStateFromError(e)),s=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),s=a.__d),s)return a.__E=a}catch(l){e=l}throw e}},ot=0,Qt=function(e){return e!=null&&e.constructor===void 0},ve.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=q({},this.state),typeof e=="function"&&(e=e(q({},n),this.props)),e&&q(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),nt(this))},ve.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),nt(this))},ve.prototype.render=j,J=[],at=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,st=function(e,t){return e.__v.__b-t.__v.__b},we.__r=0,Pe=Math.random().toString(8),ye="__d"+Pe,le="__a"+Pe,ct=/(PointerCapture)$|Capture$/i,Oe=0,Re=it(!1),Ne=it(!0),Jt=0;var nn=0;function u(e,t,n,r,a,i){t||(t={});var s,l,p=t;if("ref"in p)for(l in p={},t)l=="ref"?s=t[l]:p[l]=t[l];var c={type:e,props:p,key:n,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--nn,__i:-1,__u:0,__source:a,__self:i};if(typeof e=="function"&&(s=e.defaultProps))for(l in s)p[l]===void 0&&(p[l]=s[l]);return v.vnode&&v.vnode(c),c}var ue,x,$e,ht,Te=0,It=[],S=v,yt=S.__b,_t=S.__r,vt=S.diffed,bt=S.__c,At=S.unmount,wt=S.__;function Ue(e,t){S.__h&&S.__h(x,e,Te||t),Te=0;var n=x.__H||(x.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function xe(e){return Te=1,rn(Tt,e)}function rn(e,t,n){var r=Ue(ue++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Tt(void 0,t),function(l){var p=r.__N?r.__N[0]:r.__[0],c=r.t(p,l);p!==c&&(r.__N=[c,r.__[1]],r.__c.setState({}))}],r.__c=x,!x.__f)){var a=function(l,p,c){if(!r.__c.__H)return!0;var f=!1,I=r.__c.props!==l;if(r.__c.__H.__.some(function(d){if(d.__N){f=!0;var k=d.__[0];d.__=d.__N,d.__N=void 0,k!==d.__[0]&&(I=!0)}}),i){var o=i.call(this,l,p,c);return f?o||I:o}return!f||I};x.__f=!0;var i=x.shouldComponentUpdate,s=x.componentWillUpdate;x.componentWillUpdate=function(l,p,c){if(this.__e){var f=i;i=void 0,a(l,p,c),i=f}s&&s.call(this,l,p,c)},x.shouldComponentUpdate=a}return r.__N||r.__}function W(e,t){var n=Ue(ue++,3);!S.__s&&kt(n.__H,t)&&(n.__=e,n.u=t,x.__H.__h.push(n))}function de(e){return Te=5,on(function(){return{current:e}},[])}function on(e,t){var n=Ue(ue++,7);return kt(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function an(){for(var e;e=It.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(ke),t.__h.some(Fe),t.__h=[]}catch(n){t.__h=[],S.__e(n,e.__v)}}}S.__b=function(e){x=null,yt&&yt(e)},S.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),wt&&wt(e,t)},S.__r=function(e){_t&&_t(e),ue=0;var t=(x=e.__c).__H;t&&($e===x?(t.__h=[],x.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})):(t.__h.some(ke),t.__h.some(Fe),t.__h=[],ue=0)),$e=x},S.diffed=function(e){vt&&vt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(It.push(t)!==1&&ht===S.requestAnimationFrame||((ht=S.requestAnimationFrame)||sn)(an)),t.__H.__.some(function(n){n.u&&(n.__H=n.u,n.u=void 0)})),$e=x=null},S.__c=function(e,t){t.some(function(n){try{n.__h.some(ke),n.__h=n.__h.filter(function(r){return!r.__||Fe(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],S.__e(r,n.__v)}}),bt&&bt(e,t)},S.unmount=function(e){At&&At(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(r){try{ke(r)}catch(a){t=a}}),n.__H=void 0,t&&S.__e(t,n.__v))};var Et=typeof requestAnimationFrame=="function";function sn(e){var t,n=function(){clearTimeout(r),Et&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Et&&(t=requestAnimationFrame(n))}function ke(e){var t=x,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),x=t}function Fe(e){var t=x;e.__c=e.__(),x=t}function kt(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function Tt(e,t){return typeof t=="function"?t(e):t}var xt={"app.name":"Telework Month console","app.skipToMain":"Skip to main content","app.mainNav":"Main menu","app.loading":"Loading…","app.signedInAs":"Signed in as","app.titleError":"Error: ","lang.switchTo":"日本語","nav.account":"Account","signIn.title":"Sign in","signIn.intro":"The console for the staff of the ministries and the secretariat.","signIn.email":"Email","signIn.password":"Password","signIn.submit":"Sign in","signIn.submitting":"Signing in…","signIn.expired":"Your session has expired, so you have been signed out. Sign in again to go back to the page you were on.","signIn.required":"Sign in to continue. You will then be taken to the page you asked for.","signIn.signedOut":"You have signed out.","signOut.submit":"Sign out","errors.summaryTitle":"There is a problem","errors.prefix":"Error:","errors.emailRequired":"Enter your email address","errors.passwordRequired":"Enter your password","errors.wrongLogin":"The email address or the password is not right","errors.rateLimited":"Too many failed sign-ins. Wait about {minutes} minutes, then try again","errors.rateLimitedNoTime":"Too many failed sign-ins. Wait a while, then try again","errors.currentPasswordRequired":"Enter your current password","errors.currentPasswordWrong":"Your current password is not right","errors.newPasswordRequired":"Enter a new password","errors.newPasswordLength":"The new password must be 12 to 256 characters","errors.newPasswordSame":"The new password must differ from the current one","errors.forbidden":"You are not allowed to do this","errors.notFound":"What you are looking for was not found","errors.network":"The server could not be reached. Check the network, then try again","errors.internal":"Something went wrong on the server. Try again later","errors.badInput":"Check what you entered","account.title":"Account","account.who":"Signed-in account","account.name":"Name","account.email":"Email","account.roles":"Roles","account.rolesCaption":"Roles by ministry","account.ministry":"Ministry","account.role":"Role","account.allMinistries":"All ministries","account.noRoles":"You have no role yet. Ask an administrator of your ministry.","account.changePassword":"Change your password","account.changePasswordHint":"Changing it signs you out everywhere but in this browser.","account.currentPassword":"Current password","account.newPassword":"New password","account.newPasswordHint":"12 to 256 characters","account.submit":"Change password","account.changed":"Your password has been changed.","account.changedEndedOthers":"Your password has been changed, and {count} other sign-ins (other devices or browsers) have been ended.","role.SECRETARIAT":"Secretariat","role.MINISTRY_ADMIN":"Administrator","role.MINISTRY_EDITOR":"Editor","role.MINISTRY_VIEWER":"Viewer","notFound.title":"Page not found","notFound.body":"This page does not exist, or you may not see it. Check the address.","notFound.home":"Go to the start of the console","nav.events":"Events","errors.conflict":"This clashed with another change, so nothing was done. Reload the page, then try again","status.DRAFT":"Draft","status.PUBLISHED":"Published","status.CLOSED":"Closed","status.CANCELLED":"Cancelled","kind.SYMPOSIUM":"Symposium","kind.SEMINAR":"Seminar","kind.AWARD_CEREMONY":"Award ceremony","kind.WORKSHOP":"Workshop","kind.OTHER":"Other","time.tentative":" (provisional)","events.title":"Events","events.create":"Create an event","events.filters":"Filters","events.fiscalYear":"Fiscal year","events.fiscalYearOption":"FY{year} ({era})","events.ministry":"Ministry","events.allMinistries":"All ministries","events.ministryFixed":"The events that {ministry} hosts or co-hosts.","events.status":"Status","events.anyStatus":"Any","events.startsFrom":"Starts on or after","events.startsTo":"Starts on or before","events.search":"Words in the title or description","events.apply":"Apply filters","events.clear":"Clear filters","events.results":"Results","events.caption":"Events of FY{year}","events.count":"{from} to {to} of {total}","events.none":"No event matches these filters.","events.noCampaign":"There is no campaign for FY{year} yet.","events.colTitle":"Event","events.colHost":"Host","events.colDates":"Date and time","events.colStatus":"Status","events.colCapacity":"Seats","events.colSeatsTaken":"Seats taken","events.colWaitlist":"Waitlist","events.coHost":"Co-host","events.noLimit":"No limit","events.online":"Online only","events.pages":"Pages","events.prev":"Previous page","events.next":"Next page","events.scrollHint":"The table scrolls sideways","newEvent.title":"Create an event","newEvent.intro":"The event is created as a draft: the public does not see it until it is published.","newEvent.submit":"Create as a draft","newEvent.submitting":"Creating…","newEvent.created":"The draft has been created. Check it, then publish it.","newEvent.notAllowed":"You may not create events.","form.optional":"optional","form.choose":"Choose","form.basics":"About the event","form.host":"Host ministry","form.fiscalYear":"Fiscal year","form.kind":"Kind","form.titleJa":"Title (Japanese)","form.titleEn":"Title (English)","form.descriptionJa":"Description (Japanese)","form.descriptionEn":"Description (English)","form.schedule":"Date and time","form.timeHint":"In Japan time.","form.startsAt":"Starts","form.endsAt":"Ends","form.tentative":"The times are provisional (shown as “provisional”)","form.program":"Programme","form.programHint":"The parts of the programme (part 1, part 2 …), each with its title and times. Optional.","form.part":"Part {n}","form.partTitleJa":"Title (Japanese)","form.partTitleEn":"Title (English)","form.partStartsAt":"Starts","form.partEndsAt":"Ends","form.addPart":"Add a part","form.moveUp":"Up","form.moveDown":"Down","form.removePart":"Remove","form.partOf":" (part {n})","form.partAdded":"Added part {n}","form.partMoved":"Moved the part to position {n}","form.partRemoved":"Removed part {n}","form.place":"Venue and streaming","form.venue":"Venue","form.venueYes":"At a venue","form.venueNo":"Online only (no venue)","form.venueNameJa":"Venue name (Japanese)","form.venueNameEn":"Venue name (English)","form.venueAddressJa":"Address (Japanese)","form.venueAddressEn":"Address (English)","form.prefecture":"Prefecture","form.onlineStreaming":"Streamed online","form.streamingUrl":"Streaming link","form.streamingUrlHint":"Shown only to confirmed applicants and staff.","form.seats":"Seats and applications","form.capacity":"Seats at the venue","form.capacityLimited":"Limited","form.capacityUnlimited":"No limit","form.capacityNumber":"Number of seats","form.capacityHint":"Online attendees take no seat.","form.deadline":"Applications close","form.deadlineSet":"At a set time","form.untilFull":"When the event is full","form.deadlineAt":"Closing time","form.feeYen":"Fee (yen)","form.feeHint":"0 when free","form.coHosts":"Co-hosting ministries","form.coHostsHint":"The staff of co-hosts read the event and its applications; only the host edits it.","form.yes":"Yes","form.no":"No","form.free":"Free","form.yen":"¥{fee}","form.people":"{n}","form.error.startsAtMissing":"Enter when the event starts, with the date and the time","form.error.endsAtMissing":"Enter when the event ends, with the date and the time","form.error.deadlineMissing":"Enter when applications close, with the date and the time","form.error.capacityNumber":"Enter the number of seats as a whole number","form.error.feeNumber":"Enter the fee in yen as a whole number (0 when free)","form.error.partTimesMissing":"Enter when part {n} starts and ends, with the dates and the times","form.error.titleJa":"Enter the title in Japanese, at most 200 characters","form.error.titleEn":"The English title must be at most 200 characters","form.error.descriptionJa":"The Japanese description must be at most 5,000 characters, and is needed when there is an English one","form.error.descriptionEn":"The English description must be at most 5,000 characters","form.error.startsAt":"Check the start time","form.error.endsAt":"The event must end after it starts","form.error.applicationDeadline":"Applications must close no later than the start","form.error.capacity":"Seats must be 1 to 100,000, and not fewer than the {taken} taken","form.error.feeYen":"The fee must be 0 to 1,000,000 yen","form.error.kind":"Choose the kind of event","form.error.streamingUrl":"Enter the streaming link as an address that starts with https://","form.error.venueNameJa":"Enter the venue's name in Japanese, at most 200 characters","form.error.venueNameEn":"The venue's English name must be at most 200 characters","form.error.venueAddressJa":"The Japanese address must be at most 500 characters, and is needed when there is an English one","form.error.venueAddressEn":"The English address must be at most 500 characters","form.error.venuePrefecture":"Choose the prefecture","form.error.coHostMinistryCodes":"Check the co-hosts (the host cannot be one)","form.error.hostMinistryCode":"Choose the host ministry","form.error.fiscalYear":"There is no campaign for this fiscal year","form.error.programParts":"A programme has at most 20 parts","form.error.partTitleJa":"Enter the Japanese title of part {n}, at most 200 characters","form.error.partTitleEn":"The English title of part {n} must be at most 200 characters","form.error.partStartsAt":"Part {n} must not start before the event starts","form.error.partEndsAt":"Part {n} must end after it starts, and not after the event ends","list.separator":", ","event.status":"Status","event.host":"Host","event.coHosts":"Co-hosts","event.none":"None","event.applications":"Applications","event.openApplications":"Open the applications","event.openDoor":"Open the door view","event.seatsTaken":"Seats taken","event.seatsOf":"{taken} of {capacity}","event.seatsNoLimit":"{taken} (no limit)","event.waitlist":"Waitlist","event.readOnly":"You can read this event. Only the host ministry's administrators and editors edit it.","event.locked":"This event is {status}: it can no longer be edited.","event.actions":"Actions","event.publish":"Publish this event","event.cancel":"Cancel this event","event.details":"Details","event.save":"Save changes","event.saving":"Saving…","event.saved":"Your changes have been saved.","event.published":"The event is published and open for applications.","event.cancelled":"The event has been cancelled.","event.backToList":"Back to the events","event.fiscalYear":"Fiscal year","conflict.title":"Someone else has changed this event","conflict.body":"The event changed after you opened it (version {from} → {to}). Your changes have not been saved.","conflict.caption":"What changed","conflict.field":"Field","conflict.before":"When you opened it","conflict.now":"Now","conflict.same":"No field differs.","conflict.keepHint":"If you keep editing, the fields you did not change take the latest values and the ones you changed keep yours; saving again writes over the latest version.","conflict.reload":"Load the latest version (discard your changes)","conflict.keep":"Keep editing","conflict.locked":"The event is now {status}: it can no longer be edited.","confirm.back":"Go back","publish.title":"Publish the event","publish.what":"When you publish it:","publish.public":"Anyone can see the event (the public list and partner portals).","publish.openDeadline":"Applications open. They close on {deadline}.","publish.openUntilFull":"Applications open, and close when the event is full.","publish.openAlways":"Applications open. With no deadline and no limit on seats, they stay open.","publish.after":"You can still edit the event once it is published. Publishing cannot be undone: to call the event off, cancel it.","publish.submit":"Publish","publish.notDraft":"This event is {status}: it cannot be published.","cancel.title":"Cancel the event","cancel.applied":"Applications: {confirmed} confirmed, {waitlisted} on the waitlist","cancel.what":"When you cancel it:","cancel.public":"The event shows as cancelled in the public list.","cancel.publicDraft":"The event stops being a draft: it appears in the public list, marked cancelled.","cancel.noMore":"No new applications are accepted.","cancel.keep":"Applications are not cancelled: the {confirmed} confirmed and {waitlisted} on the waitlist stay as they are.","cancel.noMessage":"This system sends the applicants no message: tell them yourself that the event is cancelled.","cancel.final":"Cancelling cannot be undone: a cancelled event can be neither edited nor published.","cancel.submit":"Cancel the event","cancel.notAllowedNow":"This event is {status}: it cannot be cancelled.","prefecture.HOKKAIDO":"Hokkaido","prefecture.AOMORI":"Aomori","prefecture.IWATE":"Iwate","prefecture.MIYAGI":"Miyagi","prefecture.AKITA":"Akita","prefecture.YAMAGATA":"Yamagata","prefecture.FUKUSHIMA":"Fukushima","prefecture.IBARAKI":"Ibaraki","prefecture.TOCHIGI":"Tochigi","prefecture.GUNMA":"Gunma","prefecture.SAITAMA":"Saitama","prefecture.CHIBA":"Chiba","prefecture.TOKYO":"Tokyo","prefecture.KANAGAWA":"Kanagawa","prefecture.NIIGATA":"Niigata","prefecture.TOYAMA":"Toyama","prefecture.ISHIKAWA":"Ishikawa","prefecture.FUKUI":"Fukui","prefecture.YAMANASHI":"Yamanashi","prefecture.NAGANO":"Nagano","prefecture.GIFU":"Gifu","prefecture.SHIZUOKA":"Shizuoka","prefecture.AICHI":"Aichi","prefecture.MIE":"Mie","prefecture.SHIGA":"Shiga","prefecture.KYOTO":"Kyoto","prefecture.OSAKA":"Osaka","prefecture.HYOGO":"Hyogo","prefecture.NARA":"Nara","prefecture.WAKAYAMA":"Wakayama","prefecture.TOTTORI":"Tottori","prefecture.SHIMANE":"Shimane","prefecture.OKAYAMA":"Okayama","prefecture.HIROSHIMA":"Hiroshima","prefecture.YAMAGUCHI":"Yamaguchi","prefecture.TOKUSHIMA":"Tokushima","prefecture.KAGAWA":"Kagawa","prefecture.EHIME":"Ehime","prefecture.KOCHI":"Kochi","prefecture.FUKUOKA":"Fukuoka","prefecture.SAGA":"Saga","prefecture.NAGASAKI":"Nagasaki","prefecture.KUMAMOTO":"Kumamoto","prefecture.OITA":"Oita","prefecture.MIYAZAKI":"Miyazaki","prefecture.KAGOSHIMA":"Kagoshima","prefecture.OKINAWA":"Okinawa","applications.title":"Applications: {title}","applications.seats":"Seats","applications.capacity":"Capacity","applications.unlimited":"Not limited","applications.seatsLeft":"Seats left","applications.waitlist":"Waitlist","applications.checkedIn":"Checked in","applications.people":"{count}","applications.live":"The seats update by themselves.","applications.filter":"Filter","applications.status":"Status","applications.statusAll":"All","applications.search":"Search","applications.searchHint":"Name, email, organization, or reference (e.g. K7Q-4M2). A role that may not see personal data searches by reference only.","applications.searchReferenceOnly":"Your role searches by reference only (e.g. K7Q-4M2)","applications.submit":"Filter","applications.list":"Applications","applications.caption":"Applications ({count} in all)","applications.total":"{count} in all","applications.none":"No application matches.","applications.tableRegion":"Table of applications (scrolls sideways)","applications.reference":"Reference","applications.attendance":"Attendance","applications.appliedAt":"Applied at","applications.checkedInAt":"Checked in at","applications.name":"Name","applications.email":"Email","applications.organization":"Organization","applications.noPersonal":"Your role does not show names, email addresses or organizations.","applications.waitlistPosition":"Waitlist, number {position}","applications.pages":"Pages","applications.previous":"Previous page","applications.next":"Next page","applications.csv":"Download CSV","applications.csvHint":"Every application with the current status filter.","applications.door":"Open the door view (check-in)","status.CONFIRMED":"Confirmed","status.WAITLISTED":"Waitlisted","attendance.IN_PERSON":"In person","attendance.ONLINE":"Online","door.title":"Door: {title}","door.count":"Checked in / confirmed in person","door.countOf":"{checked} / {confirmed}","door.search":"Search by name, email or reference","door.searchHint":"Type, then press Enter.","door.searchSubmit":"Search","door.results":"Results","door.found":"{count} found.","door.none":"Nothing found. Check the spelling or the reference.","door.checkIn":"Check in","door.undo":"Undo","door.checkedInAt":"Checked in {time}","door.online":"Online: no check-in","door.notConfirmed":"{status}: cannot be checked in","door.done":"{who} checked in ({time}).","door.already":"{who} was already checked in at {time}: counted once.","door.undone":"Check-in of {who} undone.","door.conflict":"This application cannot be checked in (only confirmed, in-person attendees can)","door.applications":"Back to the applications","app.reload":"Reload the page and try again.","nav.apiKeys":"API keys","nav.auditLog":"Audit log","notAllowed.title":"You are not allowed to see this page","notAllowed.body":"This page is only for staff whose role allows it (API keys: the secretariat; the audit log: the secretariat and ministry admins). If you need it, ask an admin of your ministry."};var St={"app.name":"テレワーク月間 管理コンソール","app.skipToMain":"本文へ移動","app.mainNav":"メインメニュー","app.loading":"読み込み中…","app.signedInAs":"ログイン中:","app.titleError":"エラー: ","lang.switchTo":"English","nav.account":"アカウント","signIn.title":"ログイン","signIn.intro":"府省庁・事務局の職員用の管理画面です。","signIn.email":"メールアドレス","signIn.password":"パスワード","signIn.submit":"ログイン","signIn.submitting":"ログインしています…","signIn.expired":"セッションの有効期限が切れたため、ログアウトしました。もう一度ログインすると、元のページに戻ります。","signIn.required":"ログインしてください。ログインすると、開こうとしたページに移動します。","signIn.signedOut":"ログアウトしました。","signOut.submit":"ログアウト","errors.summaryTitle":"入力内容に問題があります","errors.prefix":"エラー:","errors.emailRequired":"メールアドレスを入力してください","errors.passwordRequired":"パスワードを入力してください","errors.wrongLogin":"メールアドレスまたはパスワードが正しくありません","errors.rateLimited":"ログインの失敗が続いたため、しばらくログインできません。{minutes}分ほど待ってから、もう一度お試しください","errors.rateLimitedNoTime":"ログインの失敗が続いたため、しばらくログインできません。時間をおいて、もう一度お試しください","errors.currentPasswordRequired":"現在のパスワードを入力してください","errors.currentPasswordWrong":"現在のパスワードが正しくありません","errors.newPasswordRequired":"新しいパスワードを入力してください","errors.newPasswordLength":"新しいパスワードは12文字以上、256文字以下で入力してください","errors.newPasswordSame":"新しいパスワードは現在のパスワードと違うものにしてください","errors.forbidden":"この操作を行う権限がありません","errors.notFound":"お探しのものは見つかりませんでした","errors.network":"サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください","errors.internal":"サーバーで問題が起きました。時間をおいて、もう一度お試しください","errors.badInput":"入力内容を確認してください","account.title":"アカウント","account.who":"ログイン中のアカウント","account.name":"氏名","account.email":"メールアドレス","account.roles":"権限","account.rolesCaption":"府省庁ごとの権限","account.ministry":"府省庁","account.role":"役割","account.allMinistries":"すべての府省庁","account.noRoles":"権限はまだ付与されていません。所属府省庁の管理者に依頼してください。","account.changePassword":"パスワードの変更","account.changePasswordHint":"変更すると、このブラウザー以外でのログインはすべて終了します。","account.currentPassword":"現在のパスワード","account.newPassword":"新しいパスワード","account.newPasswordHint":"12文字以上、256文字以下","account.submit":"パスワードを変更する","account.changed":"パスワードを変更しました。","account.changedEndedOthers":"パスワードを変更しました。ほかの端末やブラウザーでのログイン{count}件を終了しました。","role.SECRETARIAT":"事務局","role.MINISTRY_ADMIN":"管理者","role.MINISTRY_EDITOR":"編集者","role.MINISTRY_VIEWER":"閲覧者","notFound.title":"ページが見つかりません","notFound.body":"このページは存在しないか、表示する権限がありません。アドレスを確かめてください。","notFound.home":"管理コンソールのトップへ","nav.events":"イベント","errors.conflict":"ほかの操作と重なったため、実行できませんでした。画面を読み込み直して、もう一度お試しください","status.DRAFT":"下書き","status.PUBLISHED":"公開中","status.CLOSED":"受付終了","status.CANCELLED":"中止","kind.SYMPOSIUM":"シンポジウム","kind.SEMINAR":"セミナー","kind.AWARD_CEREMONY":"表彰式","kind.WORKSHOP":"ワークショップ","kind.OTHER":"その他","time.tentative":"(予定)","events.title":"イベント","events.create":"イベントを作成する","events.filters":"絞り込み","events.fiscalYear":"年度","events.fiscalYearOption":"{era}({year}年度)","events.ministry":"府省庁","events.allMinistries":"すべての府省庁","events.ministryFixed":"{ministry}が主催・共催するイベントです。","events.status":"状況","events.anyStatus":"すべて","events.startsFrom":"開始日(から)","events.startsTo":"開始日(まで)","events.search":"タイトル・説明に含む語句","events.apply":"絞り込む","events.clear":"条件をクリア","events.results":"検索結果","events.caption":"{era}のイベント","events.count":"{total}件中 {from}〜{to}件目","events.none":"条件に合うイベントはありません。","events.noCampaign":"{year}年度のキャンペーンはまだありません。","events.colTitle":"イベント名","events.colHost":"主催","events.colDates":"開催日時","events.colStatus":"状況","events.colCapacity":"定員","events.colSeatsTaken":"申込済みの席","events.colWaitlist":"キャンセル待ち","events.coHost":"共催","events.noLimit":"制限なし","events.online":"オンラインのみ","events.pages":"ページ送り","events.prev":"前のページ","events.next":"次のページ","events.scrollHint":"表は横にスクロールできます","newEvent.title":"イベントを作成","newEvent.intro":"下書きとして作成します。公開するまで、一般には表示されません。","newEvent.submit":"下書きとして作成する","newEvent.submitting":"作成しています…","newEvent.created":"下書きを作成しました。内容を確かめてから公開してください。","newEvent.notAllowed":"イベントを作成する権限がありません。","form.optional":"任意","form.choose":"選んでください","form.basics":"基本情報","form.host":"主催の府省庁","form.fiscalYear":"年度","form.kind":"種類","form.titleJa":"タイトル(日本語)","form.titleEn":"タイトル(英語)","form.descriptionJa":"説明(日本語)","form.descriptionEn":"説明(英語)","form.schedule":"日時","form.timeHint":"日本時間で入力してください。","form.startsAt":"開始日時","form.endsAt":"終了日時","form.tentative":"日時は予定(「(予定)」と表示します)","form.program":"プログラム","form.programHint":"第一部、第二部…のように、部ごとのタイトルと時間を入力します。なくてもかまいません。","form.part":"プログラム {n}","form.partTitleJa":"タイトル(日本語)","form.partTitleEn":"タイトル(英語)","form.partStartsAt":"開始日時","form.partEndsAt":"終了日時","form.addPart":"プログラムを追加する","form.moveUp":"上へ","form.moveDown":"下へ","form.removePart":"削除","form.partOf":"(プログラム {n})","form.partAdded":"プログラム {n} を追加しました","form.partMoved":"プログラムを {n} 番目に移動しました","form.partRemoved":"プログラム {n} を削除しました","form.place":"会場と配信","form.venue":"会場","form.venueYes":"会場で開催する","form.venueNo":"オンラインのみ(会場なし)","form.venueNameJa":"会場名(日本語)","form.venueNameEn":"会場名(英語)","form.venueAddressJa":"住所(日本語)","form.venueAddressEn":"住所(英語)","form.prefecture":"都道府県","form.onlineStreaming":"オンラインで配信する","form.streamingUrl":"配信URL","form.streamingUrlHint":"確定した申込者と職員だけに表示されます。","form.seats":"定員と申込み","form.capacity":"会場の定員","form.capacityLimited":"定員を設ける","form.capacityUnlimited":"制限なし","form.capacityNumber":"定員(人)","form.capacityHint":"オンラインの参加者は定員に数えません。","form.deadline":"申込締切","form.deadlineSet":"日時を決める","form.untilFull":"定員になり次第","form.deadlineAt":"締切日時","form.feeYen":"参加費(円)","form.feeHint":"無料のときは 0","form.coHosts":"共催の府省庁","form.coHostsHint":"共催の府省庁の職員は、このイベントと申込みを閲覧できます。編集できるのは主催の府省庁だけです。","form.yes":"あり","form.no":"なし","form.free":"無料","form.yen":"{fee}円","form.people":"{n}人","form.error.startsAtMissing":"開始日時を、日付と時刻まで入力してください","form.error.endsAtMissing":"終了日時を、日付と時刻まで入力してください","form.error.deadlineMissing":"締切日時を、日付と時刻まで入力してください","form.error.capacityNumber":"定員は半角数字で入力してください","form.error.feeNumber":"参加費は半角数字で入力してください(無料は 0)","form.error.partTimesMissing":"プログラム {n} の開始日時と終了日時を、日付と時刻まで入力してください","form.error.titleJa":"タイトル(日本語)を200文字以内で入力してください","form.error.titleEn":"タイトル(英語)は200文字以内で入力してください","form.error.descriptionJa":"説明(日本語)は5,000文字以内で入力してください。英語の説明があるときは、日本語の説明も必要です","form.error.descriptionEn":"説明(英語)は5,000文字以内で入力してください","form.error.startsAt":"開始日時を確認してください","form.error.endsAt":"終了日時は開始日時より後にしてください","form.error.applicationDeadline":"申込締切は開始日時より前にしてください","form.error.capacity":"定員は1〜100,000人で、申込済みの席数({taken})以上にしてください","form.error.feeYen":"参加費は0〜1,000,000円で入力してください","form.error.kind":"種類を選んでください","form.error.streamingUrl":"配信URLは https:// で始まるアドレスを入力してください","form.error.venueNameJa":"会場名(日本語)を200文字以内で入力してください","form.error.venueNameEn":"会場名(英語)は200文字以内で入力してください","form.error.venueAddressJa":"住所(日本語)は500文字以内で入力してください。英語の住所があるときは、日本語の住所も必要です","form.error.venueAddressEn":"住所(英語)は500文字以内で入力してください","form.error.venuePrefecture":"都道府県を選んでください","form.error.coHostMinistryCodes":"共催の府省庁を確認してください(主催の府省庁は選べません)","form.error.hostMinistryCode":"主催の府省庁を選んでください","form.error.fiscalYear":"この年度のキャンペーンがありません","form.error.programParts":"プログラムは20部までです","form.error.partTitleJa":"プログラム {n} のタイトル(日本語)を200文字以内で入力してください","form.error.partTitleEn":"プログラム {n} のタイトル(英語)は200文字以内で入力してください","form.error.partStartsAt":"プログラム {n} の開始日時は、イベントの開始日時以後にしてください","form.error.partEndsAt":"プログラム {n} の終了日時は、その開始日時より後、イベントの終了日時以前にしてください","list.separator":"、","event.status":"状況","event.host":"主催","event.coHosts":"共催","event.none":"なし","event.applications":"申込み","event.openApplications":"申込一覧を開く","event.openDoor":"受付（ドア）を開く","event.seatsTaken":"申込済みの席","event.seatsOf":"{taken}席(定員 {capacity}席)","event.seatsNoLimit":"{taken}席(定員なし)","event.waitlist":"キャンセル待ち","event.readOnly":"このイベントは閲覧だけできます。編集できるのは主催の府省庁の管理者と編集者です。","event.locked":"このイベントは「{status}」のため、編集できません。","event.actions":"操作","event.publish":"このイベントを公開する","event.cancel":"このイベントを中止する","event.details":"イベントの内容","event.save":"変更を保存する","event.saving":"保存しています…","event.saved":"変更を保存しました。","event.published":"イベントを公開しました。申込みの受付が始まりました。","event.cancelled":"イベントを中止しました。","event.backToList":"イベント一覧へ戻る","event.fiscalYear":"年度","conflict.title":"ほかの人がこのイベントを変更しました","conflict.body":"この画面を開いた後に、このイベントは変更されました(版 {from} → {to})。あなたの変更はまだ保存されていません。","conflict.caption":"変更された項目","conflict.field":"項目","conflict.before":"開いたとき","conflict.now":"現在","conflict.same":"内容の違いはありません。","conflict.keepHint":"「編集を続ける」と、あなたが変えていない項目は最新の内容になり、あなたが変えた項目はそのまま残ります。もう一度保存すると、最新の版に上書きします。","conflict.reload":"最新の内容を読み込む(入力中の変更は破棄)","conflict.keep":"編集を続ける","conflict.locked":"このイベントは「{status}」になったため、編集を続けられません。","confirm.back":"戻る","publish.title":"イベントを公開する","publish.what":"公開すると、次のようになります。","publish.public":"このイベントは、誰でも見られるようになります(一般向けの一覧や、パートナーのポータル)。","publish.openDeadline":"申込みの受付が始まります。締切は {deadline} です。","publish.openUntilFull":"申込みの受付が始まり、定員になり次第締め切ります。","publish.openAlways":"申込みの受付が始まります。締切も定員もないため、受付は続きます。","publish.after":"公開した後も内容は編集できます。公開を取り消すことはできません。とりやめるときは中止します。","publish.submit":"公開する","publish.notDraft":"このイベントは「{status}」のため、公開できません。","cancel.title":"イベントを中止する","cancel.applied":"申込み: 確定 {confirmed}人、キャンセル待ち {waitlisted}人","cancel.what":"中止すると、次のようになります。","cancel.public":"このイベントは、一般向けの一覧に「中止」と表示されます。","cancel.publicDraft":"このイベントは下書きではなくなり、一般向けの一覧に「中止」として表示されます。","cancel.noMore":"新しい申込みは受け付けなくなります。","cancel.keep":"申込みは取り消されません。確定 {confirmed}人、キャンセル待ち {waitlisted}人の申込みは、そのまま残ります。","cancel.noMessage":"このシステムからは、申込者にお知らせを送りません。中止は、申込者に別の方法で伝えてください。","cancel.final":"中止は取り消せません。中止したイベントは、編集も公開もできなくなります。","cancel.submit":"中止する","cancel.notAllowedNow":"このイベントは「{status}」のため、中止できません。","prefecture.HOKKAIDO":"北海道","prefecture.AOMORI":"青森県","prefecture.IWATE":"岩手県","prefecture.MIYAGI":"宮城県","prefecture.AKITA":"秋田県","prefecture.YAMAGATA":"山形県","prefecture.FUKUSHIMA":"福島県","prefecture.IBARAKI":"茨城県","prefecture.TOCHIGI":"栃木県","prefecture.GUNMA":"群馬県","prefecture.SAITAMA":"埼玉県","prefecture.CHIBA":"千葉県","prefecture.TOKYO":"東京都","prefecture.KANAGAWA":"神奈川県","prefecture.NIIGATA":"新潟県","prefecture.TOYAMA":"富山県","prefecture.ISHIKAWA":"石川県","prefecture.FUKUI":"福井県","prefecture.YAMANASHI":"山梨県","prefecture.NAGANO":"長野県","prefecture.GIFU":"岐阜県","prefecture.SHIZUOKA":"静岡県","prefecture.AICHI":"愛知県","prefecture.MIE":"三重県","prefecture.SHIGA":"滋賀県","prefecture.KYOTO":"京都府","prefecture.OSAKA":"大阪府","prefecture.HYOGO":"兵庫県","prefecture.NARA":"奈良県","prefecture.WAKAYAMA":"和歌山県","prefecture.TOTTORI":"鳥取県","prefecture.SHIMANE":"島根県","prefecture.OKAYAMA":"岡山県","prefecture.HIROSHIMA":"広島県","prefecture.YAMAGUCHI":"山口県","prefecture.TOKUSHIMA":"徳島県","prefecture.KAGAWA":"香川県","prefecture.EHIME":"愛媛県","prefecture.KOCHI":"高知県","prefecture.FUKUOKA":"福岡県","prefecture.SAGA":"佐賀県","prefecture.NAGASAKI":"長崎県","prefecture.KUMAMOTO":"熊本県","prefecture.OITA":"大分県","prefecture.MIYAZAKI":"宮崎県","prefecture.KAGOSHIMA":"鹿児島県","prefecture.OKINAWA":"沖縄県","applications.title":"申込一覧: {title}","applications.seats":"席の状況","applications.capacity":"定員","applications.unlimited":"制限なし","applications.seatsLeft":"残席","applications.waitlist":"キャンセル待ち","applications.checkedIn":"受付済み","applications.people":"{count}人","applications.live":"席の状況は自動で更新されます。","applications.filter":"絞り込み","applications.status":"状態","applications.statusAll":"すべて","applications.search":"検索","applications.searchHint":"氏名、メールアドレス、所属、または受付番号(例: K7Q-4M2)。個人情報を閲覧できない権限では受付番号でのみ検索できます。","applications.searchReferenceOnly":"この権限では受付番号(例: K7Q-4M2)でのみ検索できます","applications.submit":"絞り込む","applications.list":"申込","applications.caption":"申込一覧(全{count}件)","applications.total":"全{count}件","applications.none":"該当する申込はありません。","applications.tableRegion":"申込一覧の表(横にスクロールできます)","applications.reference":"受付番号","applications.attendance":"参加方法","applications.appliedAt":"申込日時","applications.checkedInAt":"受付時刻","applications.name":"氏名","applications.email":"メールアドレス","applications.organization":"所属","applications.noPersonal":"この権限では氏名・メールアドレス・所属は表示されません。","applications.waitlistPosition":"キャンセル待ち {position}番目","applications.pages":"ページ送り","applications.previous":"前のページ","applications.next":"次のページ","applications.csv":"CSVをダウンロード","applications.csvHint":"今の状態の絞り込みで、全件をダウンロードします。","applications.door":"受付画面(当日の受付)を開く","status.CONFIRMED":"参加確定","status.WAITLISTED":"キャンセル待ち","attendance.IN_PERSON":"会場","attendance.ONLINE":"オンライン","door.title":"受付: {title}","door.count":"受付済み / 会場参加の確定者","door.countOf":"{checked} / {confirmed}","door.search":"氏名・メールアドレス・受付番号で検索","door.searchHint":"入力してEnterキーで検索します。","door.searchSubmit":"検索","door.results":"検索結果","door.found":"{count}件見つかりました。","door.none":"見つかりませんでした。つづりや受付番号を確かめてください。","door.checkIn":"受付する","door.undo":"取り消す","door.checkedInAt":"受付済み {time}","door.online":"オンライン参加のため受付はありません","door.notConfirmed":"{status}のため受付できません","door.done":"{who}を受付しました({time})。","door.already":"{who}はすでに{time}に受付済みでした。二重には数えていません。","door.undone":"{who}の受付を取り消しました。","door.conflict":"この申込は受付できません(参加確定の会場参加者のみ受付できます)","door.applications":"申込一覧へ戻る","app.reload":"ページを再読み込みして、もう一度お試しください。","nav.apiKeys":"APIキー","nav.auditLog":"監査ログ","notAllowed.title":"このページを表示する権限がありません","notAllowed.body":"このページは、権限のある役割の職員だけが使えます(APIキーは事務局、監査ログは事務局と府省庁の管理者)。必要な場合は、所属府省庁の管理者にお問い合わせください。"};var je={ja:{...St},en:{...xt}};function Cn(e){Object.assign(je.ja,e.ja),Object.assign(je.en,e.en)}var Ct="telework-console-lang";function cn(){try{return localStorage.getItem(Ct)==="en"?"en":"ja"}catch{return"ja"}}var pe=cn(),Ye=new Set;function Mt(){return pe}function Mn(e){pe=e;try{localStorage.setItem(Ct,e)}catch{}document.documentElement.lang=e,Ye.forEach(t=>t(e))}function ln(e,t,n){let r=je[e][t]??t;if(n)for(let[a,i]of Object.entries(n))r=r.replaceAll(`{${a}}`,String(i));return r}function B(){let[e,t]=xe(pe);return W(()=>(Ye.add(t),t(pe),()=>{Ye.delete(t)}),[]),{lang:e,t:(n,r)=>ln(e,n,r)}}document.documentElement.lang=pe;function K(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function z(e){return K(e)==="object"}function un(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function We(e,t){return e.length<124?e:t}var Pt="graphql-transport-ws";var $=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))($||{}),F=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(F||{});function Rt(e){if(!z(e))throw new Error(`Message is expected to be an object, but got ${K(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${K(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!z(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!z(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${K(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${K(e.payload.query)}`);if(e.payload.variables!=null&&!z(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${K(e.payload.variables)}`);if(e.payload.operationName!=null&&K(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${K(e.payload.operationName)}`);if(e.payload.extensions!=null&&!z(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${K(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!z(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${K(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!un(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Nt(e,t){return Rt(typeof e=="string"?JSON.parse(e,t):e)}function oe(e,t){return Rt(e),JSON.stringify(e,t)}function qe(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:a=console.error,lazyCloseTimeout:i=0,keepAlive:s=0,disablePong:l,connectionAckWaitTimeout:p=0,retryAttempts:c=5,retryWait:f=async function(E){let m=Math.pow(2,E);await new Promise(y=>setTimeout(y,m*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:I=Ve,on:o,webSocketImpl:d,generateID:k=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,E=>{let m=Math.random()*16|0;return(E=="x"?m:m&3|8).toString(16)})},jsonMessageReplacer:R,jsonMessageReviver:C}=e,w;if(d){if(!pn(d))throw new Error("Invalid WebSocket implementation provided");w=d}else typeof WebSocket<"u"?w=WebSocket:typeof global<"u"?w=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(w=window.WebSocket||window.MozWebSocket);if(!w)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let g=w,b=(()=>{let h=(()=>{let m={};return{on(y,T){return m[y]=T,()=>{delete m[y]}},emit(y){"id"in y&&m[y.id]?.(y)}}})(),E={connecting:o?.connecting?[o.connecting]:[],opened:o?.opened?[o.opened]:[],connected:o?.connected?[o.connected]:[],ping:o?.ping?[o.ping]:[],pong:o?.pong?[o.pong]:[],message:o?.message?[h.emit,o.message]:[h.emit],closed:o?.closed?[o.closed]:[],error:o?.error?[o.error]:[]};return{onMessage:h.on,on(m,y){let T=E[m];return T.push(y),()=>{T.splice(T.indexOf(y),1)}},emit(m,...y){for(let T of[...E[m]])T(...y)}}})();function G(h){let E=[b.on("error",m=>{E.forEach(y=>y()),h(m)}),b.on("closed",m=>{E.forEach(y=>y()),h(m)})]}let O,L=0,se,Y=!1,Q=0,H=!1;async function V(){clearTimeout(se);let[h,E]=await(O??(O=new Promise((T,D)=>(async()=>{if(Y){if(await f(Q),!L)return O=void 0,D({code:1e3,reason:"All Subscriptions Gone"});Q++}b.emit("connecting",Y);let _=new g(typeof t=="function"?await t():t,Pt),ne,ce;function ge(){isFinite(s)&&s>0&&(clearTimeout(ce),ce=setTimeout(()=>{_.readyState===g.OPEN&&(_.send(oe({type:F.Ping})),b.emit("ping",!1,void 0))},s))}G(N=>{O=void 0,clearTimeout(ne),clearTimeout(ce),D(N),N instanceof fe&&(_.close(4499,"Terminated"),_.onerror=null,_.onclose=null)}),_.onerror=N=>b.emit("error",N),_.onclose=N=>b.emit("closed",N),_.onopen=async()=>{try{b.emit("opened",_);let N=typeof n=="function"?await n():n;if(_.readyState!==g.OPEN)return;_.send(oe(N?{type:F.ConnectionInit,payload:N}:{type:F.ConnectionInit},R)),isFinite(p)&&p>0&&(ne=setTimeout(()=>{_.close($.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},p)),ge()}catch(N){b.emit("error",N),_.close($.InternalClientError,We(N instanceof Error?N.message:String(N),"Internal client error"))}};let re=!1;_.onmessage=({data:N})=>{try{let M=Nt(N,C);if(b.emit("message",M),M.type==="ping"||M.type==="pong"){b.emit(M.type,!0,M.payload),M.type==="pong"?ge():l||(_.send(oe(M.payload?{type:F.Pong,payload:M.payload}:{type:F.Pong})),b.emit("pong",!1,M.payload));return}if(re)return;if(M.type!==F.ConnectionAck)throw new Error(`First message cannot be of type ${M.type}`);clearTimeout(ne),re=!0,b.emit("connected",_,M.payload,Y),Y=!1,Q=0,T([_,new Promise((gn,Vt)=>G(Vt))])}catch(M){_.onmessage=null,b.emit("error",M),_.close($.BadResponse,We(M instanceof Error?M.message:String(M),"Bad response"))}}})())));h.readyState===g.CLOSING&&await E;let m=()=>{},y=new Promise(T=>m=T);return[h,m,Promise.race([y.then(()=>{if(!L){let T=()=>h.close(1e3,"Normal Closure");isFinite(i)&&i>0?se=setTimeout(()=>{h.readyState===g.OPEN&&T()},i):T()}}),E])]}function Xe(h){if(Ve(h)&&(dn(h.code)||[$.InternalServerError,$.InternalClientError,$.BadRequest,$.BadResponse,$.Unauthorized,$.SubprotocolNotAcceptable,$.SubscriberAlreadyExists,$.TooManyInitialisationRequests].includes(h.code)))throw h;if(H)return!1;if(Ve(h)&&h.code===1e3)return L>0;if(!c||Q>=c||!I(h))throw h;return Y=!0}r||(async()=>{for(L++;;)try{let[,,h]=await V();await h}catch(h){try{if(!Xe(h))return}catch(E){return a?.(E)}}})();function et(h,E){let m=k(h),y=!1,T=!1,D=()=>{L--,y=!0};return(async()=>{for(L++;;)try{let[_,ne,ce]=await V();if(y)return ne();let ge=b.onMessage(m,re=>{switch(re.type){case F.Next:{E.next(re.payload);return}case F.Error:{T=!0,y=!0,E.error(re.payload),D();return}case F.Complete:{y=!0,D();return}}});_.send(oe({id:m,type:F.Subscribe,payload:h},R)),D=()=>{!y&&_.readyState===g.OPEN&&_.send(oe({id:m,type:F.Complete},R)),L--,y=!0,ne()},await ce.finally(ge);return}catch(_){if(!Xe(_))return}})().then(()=>{T||E.complete()}).catch(_=>{E.error(_)}),()=>{y||D()}}return{on:b.on,subscribe:et,iterate(h){let E=[],m={done:!1,error:null,resolve:()=>{}},y=et(h,{next(D){E.push(D),m.resolve()},error(D){m.done=!0,m.error=D,m.resolve()},complete(){m.done=!0,m.resolve()}}),T=(async function*(){for(;;){for(E.length||await new Promise(_=>m.resolve=_);E.length;)yield E.shift();if(m.error)throw m.error;if(m.done)return}})();return T.throw=async D=>(m.done||(m.done=!0,m.error=D,m.resolve()),{done:!0,value:void 0}),T.return=async()=>(y(),{done:!0,value:void 0}),T},async dispose(){if(H=!0,O){let[h]=await O;h.close(1e3,"Normal Closure")}},terminate(){O&&b.emit("closed",new fe)}}}var fe=class extends Error{constructor(){super(...arguments);ie(this,"name","TerminatedCloseEvent");ie(this,"message","4499: Terminated");ie(this,"code",4499);ie(this,"reason","Terminated");ie(this,"wasClean",!1)}};function Ve(e){return z(e)&&"code"in e&&"reason"in e}function dn(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function pn(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var Z=class extends Error{constructor(n){super(n.map(r=>`${r.code}: ${r.message}`).join("; "));this.errors=n}get first(){return this.errors[0]}},Qe="/graphql",Dt="/admin/session",Je=()=>{};function Fn(e){Je=e}function Se(e){let t={Accept:"application/json","Accept-Language":Mt()};return e&&(t["Content-Type"]="application/json"),t}async function Ce(e,t){let n;try{n=await fetch(e,{...t,credentials:"same-origin",cache:"no-store"})}catch{throw new Z([{code:"NETWORK",message:"the server could not be reached"}])}if(n.status===204)return{status:204,body:null};let r=null;try{r=await n.json()}catch{throw new Z([{code:n.status>=500?"INTERNAL":"NETWORK",message:`HTTP ${n.status}`}])}return{status:n.status,body:r}}function me(e){return!e||!Array.isArray(e.errors)?[]:e.errors.map(t=>({code:String(t?.extensions?.code??"INTERNAL"),message:String(t?.message??""),field:typeof t?.extensions?.field=="string"?t.extensions.field:void 0,retryAfter:typeof t?.extensions?.retryAfter=="number"?t.extensions.retryAfter:void 0,path:Array.isArray(t?.path)?t.path:void 0}))}function Kt(e){let t=e.__meta__?.hash;return typeof t=="string"&&t.startsWith("sha256:")?t.slice(7):void 0}function Lt(e){return{persistedQuery:{version:1,sha256Hash:e}}}var Ht="PERSISTED_QUERY_NOT_FOUND";async function $t(e,t){let n=Kt(e);if(n){let{body:a}=await Ce(Qe,{method:"POST",headers:Se(!0),body:JSON.stringify({variables:t??{},extensions:Lt(n)})});if(!me(a).some(i=>i.code===Ht))return a}let{body:r}=await Ce(Qe,{method:"POST",headers:Se(!0),body:JSON.stringify({query:e.toString(),variables:t??{}})});return r}async function Un(e,t,n={}){let r=await $t(e,t),a=me(r).filter((i,s)=>!(n.partial&&i.code==="FORBIDDEN"&&Array.isArray(r.errors[s]?.path)));if(a.some(i=>i.code==="UNAUTHENTICATED")&&Je(),a.length>0||!r?.data)throw new Z(a.length>0?a:[{code:"INTERNAL",message:"no data"}]);return r.data}async function jn(e,t){let n=await $t(e,t),r=me(n);if(r.some(a=>a.code==="UNAUTHENTICATED")&&Je(),!n?.data)throw new Z(r.length>0?r:[{code:"INTERNAL",message:"no data"}]);return{data:n.data,errors:r}}function Yn(e,t){return e.some(n=>n.path?.filter(r=>typeof r=="string").includes(t))}var Ge=null;function fn(){if(!Ge){let e=`${location.protocol==="https:"?"wss":"ws"}://${location.host}${Qe}`;Ge=qe({url:e,lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0})}return Ge}function Wn(e,t,n){let r=t,a=Kt(e),i=()=>{},s=l=>{let p=l&&a?{query:"",variables:r,extensions:Lt(a)}:{query:e.toString(),variables:r};i=fn().subscribe(p,{next:c=>{c.data&&n(c.data)},error:c=>{l&&Array.isArray(c)&&c.some(f=>f?.extensions?.code===Ht)&&s(!1)},complete:()=>{}})};return s(!0),()=>i()}async function Vn(e,t){let{status:n,body:r}=await Ce(Dt,{method:"POST",headers:Se(!0),body:JSON.stringify({email:e,password:t})});if(n!==200)throw new Z(me(r).length?me(r):[{code:"INTERNAL",message:`HTTP ${n}`}])}async function qn(){try{await Ce(Dt,{method:"DELETE",headers:Se(!1)})}catch{}}var Ot={email:"errors.emailRequired",password:"errors.passwordRequired",currentPassword:"errors.currentPasswordWrong",newPassword:"errors.newPasswordLength"};function Gn(e,t,n=()=>{}){switch(e.code){case"UNAUTHENTICATED":return t("errors.wrongLogin");case"RATE_LIMITED":return e.retryAfter?t("errors.rateLimited",{minutes:Math.max(1,Math.ceil(e.retryAfter/60))}):t("errors.rateLimitedNoTime");case"FORBIDDEN":return t("errors.forbidden");case"NOT_FOUND":return t("errors.notFound");case"BAD_USER_INPUT":return e.field&&(n(e.field)??(Ot[e.field]&&t(Ot[e.field])))||t("errors.badInput");case"CONFLICT":return t("errors.conflict");case"NETWORK":return t("errors.network");default:return t("errors.internal")}}function Qn(e){return e instanceof Z?e.errors:[{code:"INTERNAL",message:String(e)}]}var A=class extends String{constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}},Bn=new A(`
    fragment EventFields on Event {
  id
  version
  status
  kind
  title {
    ja
    en
  }
  description {
    ja
    en
  }
  startsAt
  endsAt
  tentative
  programParts {
    title {
      ja
      en
    }
    startsAt
    endsAt
  }
  venue {
    name {
      ja
      en
    }
    address {
      ja
      en
    }
    prefecture
  }
  onlineStreaming
  streamingUrl
  feeYen
  capacity
  seatsTaken
  waitlistLength
  applicationDeadline
  host {
    code
    name {
      ja
      en
    }
  }
  coHosts {
    code
  }
  campaign {
    fiscalYear
    eraName
  }
}
    `,{fragmentName:"EventFields"}),zn=new A(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    otherSessionsEnded
  }
}
    `,{hash:"sha256:1fab0830d6c324abd07fb5cd49571785a69875ef8d2142fa03330552ae3ba962"}),Zn=new A(`
    query ApiKeys($after: String) {
  apiKeys(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        createdAt
        expiresAt
        revokedAt
        lastUsedAt
        requestsPerMinute
        costPerMinute
        ownRequestsPerMinute
        ownCostPerMinute
      }
    }
  }
  viewer {
    canCreateApiKey: can(action: "create", object: "api_key")
    canRevokeApiKey: can(action: "revoke", object: "api_key")
  }
}
    `,{hash:"sha256:da87939cf63c9dc5c8373d2398240d6fb2c26a5a2db120636984b397e7ec762b"}),Xn=new A(`
    query ApiKeyToRevoke($id: ID!) {
  node(id: $id) {
    ... on ApiKey {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
  }
}
    `,{hash:"sha256:14463df4a3cceabb6fe83a1bfdd90c89fe2c9592455da2096b5fbb19406b1b38"}),er=new A(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      id
      name
      requestsPerMinute
      costPerMinute
    }
  }
}
    `,{hash:"sha256:e9c7361d2608f999d112601890552718437e95e033f76471ef02f00efc84265a"}),tr=new A(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `,{hash:"sha256:94eae462670f9a7708b8dd4e86cd65b90c59302e32050edaa13ed09041fead63"}),nr=new A(`
    query EventApplications($id: ID!, $status: ApplicationStatus, $search: String, $after: String) {
  event(id: $id) {
    id
    title {
      ja
      en
    }
    host {
      code
    }
    capacity
    seatsRemaining
    waitlistLength
    checkedInCount
    applications(status: $status, search: $search, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          status
          waitlistPosition
          attendance
          createdAt
          checkedInAt
          attendeeName
          attendeeEmail
          organization
        }
      }
    }
  }
}
    `,{hash:"sha256:74c67a539bb7107cca350dbc647e25541ba29035aa8417aa19eb2196de4ed08e"}),rr=new A(`
    query CanCheckIn($ministryCode: String!) {
  viewer {
    canCheckIn: can(
      action: "check_in"
      object: "application"
      ministryCode: $ministryCode
    )
  }
}
    `,{hash:"sha256:e0b7f4f3683f6a552cb6141576989659194c203df3113891f29bf0dbd190d154"}),ir=new A(`
    subscription EventSeats($eventId: ID!) {
  eventSeatsChanged(eventId: $eventId) {
    capacity
    seatsRemaining
    waitlistLength
    checkedInCount
  }
}
    `,{hash:"sha256:93d9f8839c5f8c1e74c18931c916f60e0d3956c4e84db885e351bea621d9c126"}),or=new A(`
    query AuditLog($ministryCode: String, $filter: AuditFilter, $after: String) {
  auditLog(ministryCode: $ministryCode, filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        actor
        actorEmail
        action
        objectType
        objectId
        before
        after
        ministry {
          code
          name {
            ja
            en
          }
        }
      }
    }
  }
}
    `,{hash:"sha256:9269e765a0b8b8110de7b060403db412bf450e145c1efc49a8dd93874c077265"}),ar=new A(`
    query DoorEvent($id: ID!) {
  event(id: $id) {
    id
    title {
      ja
      en
    }
    host {
      code
    }
    capacity
    seatsRemaining
    checkedInCount
  }
}
    `,{hash:"sha256:dede98e1eecd5cb66805e145b92efdd53ad4bead373e1548c1103e4bb06095a0"}),sr=new A(`
    query DoorSearch($id: ID!, $search: String!) {
  event(id: $id) {
    id
    applications(search: $search, first: 20) {
      totalCount
      edges {
        node {
          id
          reference
          status
          attendance
          checkedInAt
          attendeeName
          organization
        }
      }
    }
  }
}
    `,{hash:"sha256:c2c0c83126d799eaf740cf4e52f73a78cd09d110a78cca425a62139fe9f1a3d0"}),cr=new A(`
    mutation CheckIn($id: ID!) {
  checkInApplication(id: $id) {
    checkedInCount
    application {
      id
      checkedInAt
    }
  }
}
    `,{hash:"sha256:5eabec6ec47aebac4ae5fa59f8d1982aaebac362010fe8afab1a3b924e895d55"}),lr=new A(`
    mutation UndoCheckIn($id: ID!) {
  undoCheckIn(id: $id) {
    checkedInCount
    application {
      id
      checkedInAt
    }
  }
}
    `,{hash:"sha256:71f5ce2358687459826212f4a1a40929092b511d7a65e31ee04a7805cff4a947"}),ur=new A(`
    query Event($id: ID!) {
  event(id: $id) {
    ...EventFields
  }
  ministries {
    code
    name {
      ja
      en
    }
  }
}
    fragment EventFields on Event {
  id
  version
  status
  kind
  title {
    ja
    en
  }
  description {
    ja
    en
  }
  startsAt
  endsAt
  tentative
  programParts {
    title {
      ja
      en
    }
    startsAt
    endsAt
  }
  venue {
    name {
      ja
      en
    }
    address {
      ja
      en
    }
    prefecture
  }
  onlineStreaming
  streamingUrl
  feeYen
  capacity
  seatsTaken
  waitlistLength
  applicationDeadline
  host {
    code
    name {
      ja
      en
    }
  }
  coHosts {
    code
  }
  campaign {
    fiscalYear
    eraName
  }
}`,{hash:"sha256:5104dfc852907662789739ddfd9bcb5f3c9ffcbc344cc52598398852761b0779"}),dr=new A(`
    query EventRights($host: String!) {
  viewer {
    canEdit: can(action: "edit", object: "event", ministryCode: $host)
    canPublish: can(action: "publish", object: "event", ministryCode: $host)
    canCancel: can(action: "cancel", object: "event", ministryCode: $host)
    canCheckIn: can(action: "check_in", object: "application", ministryCode: $host)
    readsApplications: ministriesWhere(action: "read", object: "application") {
      code
    }
  }
}
    `,{hash:"sha256:f63b66025b8b8502597bc784f2dd1ad865ecf85291af0da686f8ee8fe2aa1902"}),pr=new A(`
    mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $expectedVersion: Int!) {
  updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
    event {
      ...EventFields
    }
  }
}
    fragment EventFields on Event {
  id
  version
  status
  kind
  title {
    ja
    en
  }
  description {
    ja
    en
  }
  startsAt
  endsAt
  tentative
  programParts {
    title {
      ja
      en
    }
    startsAt
    endsAt
  }
  venue {
    name {
      ja
      en
    }
    address {
      ja
      en
    }
    prefecture
  }
  onlineStreaming
  streamingUrl
  feeYen
  capacity
  seatsTaken
  waitlistLength
  applicationDeadline
  host {
    code
    name {
      ja
      en
    }
  }
  coHosts {
    code
  }
  campaign {
    fiscalYear
    eraName
  }
}`,{hash:"sha256:a09dbbd7d2d06a8ca0c56db0725d9f21e94c73ea9d4ac072dbd94dceca8da54d"}),fr=new A(`
    query EventAction($id: ID!) {
  event(id: $id) {
    id
    version
    status
    title {
      ja
      en
    }
    startsAt
    endsAt
    tentative
    capacity
    applicationDeadline
    host {
      code
      name {
        ja
        en
      }
    }
    confirmed: applications(status: CONFIRMED, first: 1) {
      totalCount
    }
    waitlisted: applications(status: WAITLISTED, first: 1) {
      totalCount
    }
  }
}
    `,{hash:"sha256:63e6fc56f41de6d481ca255554cb7630126864b7b34bb2d318298234f020bbc0"}),mr=new A(`
    mutation PublishEvent($id: ID!) {
  publishEvent(id: $id) {
    event {
      id
      status
    }
  }
}
    `,{hash:"sha256:e29fb2103cef7becdb9c03cadb0c0278b378e494c03d51aee71ef77c9447af2a"}),gr=new A(`
    mutation CancelEvent($id: ID!) {
  cancelEvent(id: $id) {
    event {
      id
      status
    }
  }
}
    `,{hash:"sha256:a3ec4ce6ecd172805faf6351dd02c5b84a9702d01bf1a892fe68d8c8bad2e574"}),hr=new A(`
    query EventFormChoices {
  campaigns {
    fiscalYear
    eraName
  }
  ministries {
    code
    name {
      ja
      en
    }
  }
}
    `,{hash:"sha256:f1ca3c6623076e6f498651b96dc3d391d14a2a8dda67ada6cbdcadf067072b16"}),yr=new A(`
    mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
    }
  }
}
    `,{hash:"sha256:91f8f5fc047f264748ec2ec65aa0962b0e50478c7bbcf171b8e01f83a150e8a8"}),_r=new A(`
    query EventList($filter: EventFilter!, $first: Int!, $after: String) {
  campaigns {
    fiscalYear
    eraName
  }
  ministries {
    code
    name {
      ja
      en
    }
  }
  events(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title {
          ja
          en
        }
        startsAt
        endsAt
        tentative
        status
        capacity
        seatsTaken
        waitlistLength
        venue {
          prefecture
        }
        host {
          code
          name {
            ja
            en
          }
        }
      }
    }
  }
}
    `,{hash:"sha256:86714647ef3537caacce3706c0c2d0e3b4ccb45d786887a521530d7904475c58"}),vr=new A(`
    query Viewer {
  viewer {
    kind
    email
    displayName
    roles {
      role
      ministry {
        code
        name {
          ja
          en
        }
      }
    }
    eventReadMinistries: ministriesWhere(action: "read_draft", object: "event") {
      code
      name {
        ja
        en
      }
    }
    eventCreateMinistries: ministriesWhere(action: "create", object: "event") {
      code
      name {
        ja
        en
      }
    }
    apiKeysRead: can(action: "read", object: "api_key")
    auditLogMinistries: ministriesWhere(action: "read", object: "audit_log") {
      code
      name {
        ja
        en
      }
    }
  }
}
    `,{hash:"sha256:c64b385c47d248557381bb93d2665ee9cf27acf2197451e429a728148c863ae8"});function Er(e,t){return e.map(n=>({field:n.field,message:n.say(t)}))}function Ir(e){let{t}=B(),n=de(null);if(W(()=>{e.errors.length>0&&n.current?.focus()},[e.errors]),e.errors.length===0)return null;let r=(a,i)=>{let s=document.getElementById(i);s&&(a.preventDefault(),document.querySelector(`label[for="${i}"]`)?.scrollIntoView(),s.focus({preventScroll:!0}))};return u("div",{class:"error-summary",tabIndex:-1,ref:n,"aria-labelledby":"error-summary-title",children:[u("h2",{id:"error-summary-title",class:"error-summary-title",children:t("errors.summaryTitle")}),u("ul",{class:"error-summary-list",children:e.errors.map(a=>u("li",{children:a.field?u("a",{href:`#${a.field}`,onClick:i=>r(i,a.field),children:a.message}):a.message},a.message))})]})}function kr(e){return u("div",{class:e.error?"field field-error":"field",children:[u("label",{class:"field-label",for:e.id,children:[e.label,e.optional&&u(ae,{})]}),u(te,{...e}),u("input",{class:e.width?`input input-${e.width}`:"input",id:e.id,name:e.id,type:e.type,value:e.value,onInput:t=>e.onInput(t.target.value),autocomplete:e.autocomplete,"aria-describedby":ee(e),"aria-invalid":e.error?"true":void 0,spellcheck:!1,lang:e.lang,inputMode:e.inputMode,maxLength:e.maxLength})]})}function ee(e){return[e.hint?`${e.id}-hint`:"",e.error?`${e.id}-error`:""].filter(Boolean).join(" ")||void 0}function te(e){let{t}=B();return u(j,{children:[e.hint&&u("p",{class:"field-hint",id:`${e.id}-hint`,children:e.hint}),e.error&&u("p",{class:"field-error-message",id:`${e.id}-error`,children:[u("span",{class:"visually-hidden",children:t("errors.prefix")})," ",e.error]})]})}function ae(){let{t:e}=B();return u(j,{children:[" ",u("span",{class:"optional-tag",children:e("form.optional")})]})}function Tr(e){let t=de(null);return W(()=>{e.focus&&t.current?.focus()},[e.message,e.focus]),u("div",{class:"notice",role:"status",ref:t,tabIndex:e.focus?-1:void 0,children:u("p",{children:e.message})})}function xr(e){let t={};for(let n of e)n.field&&!t[n.field]&&(t[n.field]=n.message);return t}var Be=!1;function Rr(){Be=!0}function Ft(e){let{t}=B(),n=de(null);return W(()=>{document.title=`${e.error?t("app.titleError"):""}${e.title} | ${t("app.name")}`}),W(()=>{Be&&n.current?.focus(),Be=!0},[]),u(j,{children:[u("h1",{class:"page-title",tabIndex:-1,ref:n,children:e.title}),e.children]})}function Me(e){return new Date(new Date(e).getTime()+324e5)}function Dr(e){return e?Me(e).toISOString().slice(0,16):""}function Kr(e){let t=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(e);if(!t)return null;let[n,r,a,i,s]=t.slice(1).map(Number),l=Date.UTC(n,r-1,a,i,s)-324e5;return Number.isNaN(l)?null:new Date(l).toISOString().replace(".000Z","Z")}function Lr(e,t=0){let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!n)return null;let r=Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])+t)-324e5;return Number.isNaN(r)?null:new Date(r).toISOString().replace(".000Z","Z")}function Hr(e=new Date){let t=Me(e);return t.getUTCMonth()>=3?t.getUTCFullYear():t.getUTCFullYear()-1}function jt(e,t,n){return new Intl.DateTimeFormat(e==="ja"?"ja-JP":"en-GB",{timeZone:"Asia/Tokyo",...n?{year:"numeric",month:"short",day:"numeric",weekday:"short"}:{},hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(new Date(t))}function Ut(e,t){return jt(e,t,!0)}function $r(e,t,n){let r=Me(t).toISOString().slice(0,10)===Me(n).toISOString().slice(0,10);return`${Ut(e,t)}${e==="ja"?"〜":" – "}${r?jt(e,n,!1):Ut(e,n)}`}function Fr(e,t){return new Intl.DateTimeFormat(e==="ja"?"ja-JP":"en-GB",{timeZone:"Asia/Tokyo",timeStyle:"short"}).format(new Date(t))}var U="/admin",P={home:`${U}/`,signIn:`${U}/signin`,account:`${U}/account`,events:`${U}/events`,newEvent:`${U}/events/new`,applications:e=>`${U}/events/${encodeURIComponent(e)}/applications`,door:e=>`${U}/events/${encodeURIComponent(e)}/door`,apiKeys:`${U}/api-keys`,newApiKey:`${U}/api-keys/new`,revokeApiKey:e=>`${U}/api-keys/${encodeURIComponent(e)}/revoke`,auditLog:`${U}/audit`};function Wr(e,t){return`${P.events}/${encodeURIComponent(e)}${t?`/${t}`:""}`}function Vr(e){switch(e){case P.signIn:return{screen:"signIn"};case P.account:return{screen:"account"};case P.events:return{screen:"events"};case P.newEvent:return{screen:"newEvent"};case P.apiKeys:return{screen:"apiKeys"};case P.newApiKey:return{screen:"newApiKey"};case P.auditLog:return{screen:"auditLog"}}let t=/^\/admin\/api-keys\/([^/]+)\/revoke$/.exec(e);if(t)try{return{screen:"revokeApiKey",id:decodeURIComponent(t[1])}}catch{return{screen:"notFound"}}let n=/^\/admin\/events\/([^/]+)(?:\/(publish|cancel|applications|door))?$/.exec(e);if(n){let r;try{r=decodeURIComponent(n[1])}catch{return{screen:"notFound"}}return{screen:n[2]??"event",id:r}}return{screen:"notFound"}}var ze=new Set;function Yt(){return location.pathname+location.search}function mn(e,t={}){t.replace?history.replaceState(null,"",e):history.pushState(null,"",e),ze.forEach(n=>n())}function qr(){let[e,t]=xe(Yt());return W(()=>{let n=()=>t(Yt());return ze.add(n),addEventListener("popstate",n),()=>{ze.delete(n),removeEventListener("popstate",n)}},[]),e}function Gr(e){return!e||!e.startsWith(`${U}/`)||e.startsWith("//")||e.includes("\\")||e.startsWith(P.signIn)?P.home:e}function Qr(e,t){let n=new URLSearchParams;e&&e!==P.home&&!e.startsWith(P.signIn)&&n.set("next",e),t&&n.set("reason",t);let r=n.toString();return r?`${P.signIn}?${r}`:P.signIn}function Wt(e){return Ke("a",{...e,onClick:n=>{n.defaultPrevented||n.button!==0||n.metaKey||n.ctrlKey||n.shiftKey||n.altKey||(n.preventDefault(),mn(e.href))}},e.children)}function Xr(){let{t:e}=B();return u(Ft,{title:e("notFound.title"),children:[u("p",{children:e("notFound.body")}),u("p",{children:u(Wt,{href:P.home,children:e("notFound.home")})})]})}function ni(e,t){return e==="en"&&t.en||t.ja}function ri(e,t){return t.toLocaleString(e==="ja"?"ja-JP":"en-GB")}function ai(e){return u("div",{class:e.error?"field field-error":"field",children:[u("label",{class:"field-label",for:e.id,children:[e.label,e.optional&&u(ae,{})]}),u(te,{...e}),u("textarea",{class:"input textarea",id:e.id,name:e.id,rows:e.rows??5,value:e.value,onInput:t=>e.onInput(t.target.value),lang:e.lang,maxLength:e.maxLength,"aria-describedby":ee(e),"aria-invalid":e.error?"true":void 0})]})}function si(e){return u("div",{class:e.error?"field field-error":"field",children:[u("label",{class:"field-label",for:e.id,children:[e.label,e.optional&&u(ae,{})]}),u(te,{...e}),u("select",{class:"input select",id:e.id,name:e.id,value:e.value,onChange:t=>e.onChange(t.target.value),"aria-describedby":ee(e),"aria-invalid":e.error?"true":void 0,children:[e.placeholder!==void 0&&u("option",{value:"",children:e.placeholder}),e.options.map(t=>u("option",{value:t.value,children:t.label},t.value))]})]})}function ci(e){return u("div",{class:e.error?"field field-error":"field",children:[u(te,{...e}),u("div",{class:"choice",children:[u("input",{type:"checkbox",class:"choice-input",id:e.id,name:e.id,checked:e.checked,onChange:t=>e.onChange(t.target.checked),"aria-describedby":ee(e)}),u("label",{class:"choice-label",for:e.id,children:e.label})]})]})}function li(e){return u("div",{class:e.error?"field field-error":"field",children:u("fieldset",{class:"fieldset","aria-describedby":ee(e),children:[u("legend",{class:"field-label",children:[e.label,e.optional&&u(ae,{})]}),u(te,{...e}),u("div",{class:e.inline?"choices choices-inline":"choices",children:e.options.map((t,n)=>u("div",{class:"choice",children:[u("input",{type:"radio",class:"choice-input",id:n===0?e.id:`${e.id}-${t.value}`,name:e.id,value:t.value,checked:e.value===t.value,onChange:()=>e.onChange(t.value)}),u("label",{class:"choice-label",for:n===0?e.id:`${e.id}-${t.value}`,children:t.label})]},t.value))}),e.children]})})}function ui(e){let t=(n,r)=>e.onChange(r?[...e.values,n]:e.values.filter(a=>a!==n));return u("div",{class:e.error?"field field-error":"field",children:u("fieldset",{class:"fieldset","aria-describedby":ee(e),children:[u("legend",{class:"field-label",children:[e.label,e.optional&&u(ae,{})]}),u(te,{...e}),u("div",{class:"choices choices-columns",children:e.options.map((n,r)=>u("div",{class:"choice",children:[u("input",{type:"checkbox",class:"choice-input",id:r===0?e.id:`${e.id}-${n.value}`,name:e.id,value:n.value,checked:e.values.includes(n.value),onChange:a=>t(n.value,a.target.checked)}),u("label",{class:"choice-label",for:r===0?e.id:`${e.id}-${n.value}`,children:n.label})]},n.value))})]})})}var Ze=null;function fi(e){Ze=e}function mi(){let e=Ze;return Ze=null,e}export{j as a,yn as b,xe as c,W as d,de as e,on as f,Cn as g,Mn as h,B as i,Z as j,Fn as k,Un as l,jn as m,Yn as n,Wn as o,Vn as p,qn as q,Gn as r,Qn as s,zn as t,Zn as u,Xn as v,er as w,tr as x,nr as y,rr as z,ir as A,or as B,ar as C,sr as D,cr as E,lr as F,ur as G,dr as H,pr as I,fr as J,mr as K,gr as L,hr as M,yr as N,_r as O,vr as P,u as Q,Er as R,Ir as S,kr as T,Tr as U,xr as V,Rr as W,Ft as X,Dr as Y,Kr as Z,Lr as _,Hr as $,Ut as aa,$r as ba,Fr as ca,P as da,Wr as ea,Vr as fa,mn as ga,qr as ha,Gr as ia,Qr as ja,Wt as ka,Xr as la,ni as ma,ri as na,ai as oa,si as pa,ci as qa,li as ra,ui as sa,fi as ta,mi as ua};
